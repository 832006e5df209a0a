from __future__ import annotations

from dataclasses import dataclass, field

from .common_aggregate_components import (
    Delivery,
    PaymentMeans,
    PaymentTerms,
)
from .common_aggregate_components import (
    InvoicePeriod as CommonAggregateComponentsInvoicePeriod,
)
from .common_basic_components import (
    DueDate,
    IssueDate,
    TaxPointDate,
)
from .common_basic_components import (
    Id as Id,
)
from .common_basic_components import (
    Note as Note,
)
from .pefpl_common_basic_components import (
    AccountingCost,
    AdditionalStreetName,
    AllowanceChargeReason,
    AllowanceChargeReasonCode,
    AllowanceTotalAmount,
    Amount,
    BaseAmount,
    BaseQuantity,
    CalculationMethod,
    ChargeIndicator,
    ChargeTotalAmount,
    CityName,
    CompanyId,
    CompanyLegalForm,
    CorrectedConsumptionQuantity,
    Description,
    DescriptionCode,
    DurationMeasure,
    ElectronicMail,
    EndDate,
    EndTime,
    FuelTypeCode,
    GrossPriceAmount,
    IdentificationCode,
    InvoicedQuantity,
    ItemClassificationCode,
    LatestMeterQuantity,
    LatestMeterReadingDate,
    LatestMeterReadingMethod,
    LineExtensionAmount,
    LineExtensionGrossAmount,
    MeterNumber,
    MeterReadingType,
    MultiplierFactorNumeric,
    Name,
    PayableAmount,
    PayableRoundingAmount,
    Percent,
    Percentage,
    PostalZone,
    PrepaidAmount,
    PreviousMeterQuantity,
    PreviousMeterReadingDate,
    PreviousMeterReadingMethod,
    PriceAmount,
    RegistrationName,
    StartDate,
    StartTime,
    StreetName,
    TaxableAmount,
    TaxAmount,
    TaxExclusiveAmount,
    TaxExemptionReason,
    TaxExemptionReasonCode,
    TaxInclusiveAmount,
    Telephone,
    Value,
)
from .pefpl_common_basic_components import (
    Id as PefplId,
)
from .pefpl_common_basic_components import (
    Note as PefplNote,
)

__NAMESPACE__ = "urn:pl:extended:CommonAggregateComponents-2"


@dataclass(kw_only=True)
class AdditionalItemProperty:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    name: Name = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    value: None | Value = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )


@dataclass(kw_only=True)
class BuyersItemIdentification:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: PefplId = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )


@dataclass(kw_only=True)
class CommodityClassification:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    item_classification_code: None | ItemClassificationCode = field(
        default=None,
        metadata={
            "name": "ItemClassificationCode",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )


@dataclass(kw_only=True)
class Contact:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    name: None | Name = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    telephone: None | Telephone = field(
        default=None,
        metadata={
            "name": "Telephone",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    electronic_mail: None | ElectronicMail = field(
        default=None,
        metadata={
            "name": "ElectronicMail",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )


@dataclass(kw_only=True)
class Country:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    identification_code: None | IdentificationCode = field(
        default=None,
        metadata={
            "name": "IdentificationCode",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    name: None | Name = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )


@dataclass(kw_only=True)
class FuelType:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    fuel_type_code: FuelTypeCode = field(
        metadata={
            "name": "FuelTypeCode",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    name: None | Name = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    percentage: None | Percentage = field(
        default=None,
        metadata={
            "name": "Percentage",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )


@dataclass(kw_only=True)
class InvoicePeriod:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    start_date: None | StartDate = field(
        default=None,
        metadata={
            "name": "StartDate",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    start_time: None | StartTime = field(
        default=None,
        metadata={
            "name": "StartTime",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    end_date: None | EndDate = field(
        default=None,
        metadata={
            "name": "EndDate",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    end_time: None | EndTime = field(
        default=None,
        metadata={
            "name": "EndTime",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    duration_measure: None | DurationMeasure = field(
        default=None,
        metadata={
            "name": "DurationMeasure",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    description_code: list[DescriptionCode] = field(
        default_factory=list,
        metadata={
            "name": "DescriptionCode",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    description: list[Description] = field(
        default_factory=list,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )


@dataclass(kw_only=True)
class LegalMonetaryTotal:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    line_extension_amount: None | LineExtensionAmount = field(
        default=None,
        metadata={
            "name": "LineExtensionAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_exclusive_amount: None | TaxExclusiveAmount = field(
        default=None,
        metadata={
            "name": "TaxExclusiveAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_inclusive_amount: None | TaxInclusiveAmount = field(
        default=None,
        metadata={
            "name": "TaxInclusiveAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    allowance_total_amount: None | AllowanceTotalAmount = field(
        default=None,
        metadata={
            "name": "AllowanceTotalAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    charge_total_amount: None | ChargeTotalAmount = field(
        default=None,
        metadata={
            "name": "ChargeTotalAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    prepaid_amount: None | PrepaidAmount = field(
        default=None,
        metadata={
            "name": "PrepaidAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    payable_rounding_amount: None | PayableRoundingAmount = field(
        default=None,
        metadata={
            "name": "PayableRoundingAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    payable_amount: PayableAmount = field(
        metadata={
            "name": "PayableAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )


@dataclass(kw_only=True)
class OriginCountry:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    identification_code: IdentificationCode = field(
        metadata={
            "name": "IdentificationCode",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )


@dataclass(kw_only=True)
class PartyLegalEntity:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    registration_name: None | RegistrationName = field(
        default=None,
        metadata={
            "name": "RegistrationName",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    company_id: None | CompanyId = field(
        default=None,
        metadata={
            "name": "CompanyID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    company_legal_form: None | CompanyLegalForm = field(
        default=None,
        metadata={
            "name": "CompanyLegalForm",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )


@dataclass(kw_only=True)
class PartyName:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    name: Name = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )


@dataclass(kw_only=True)
class SellersItemIdentification:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: PefplId = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )


@dataclass(kw_only=True)
class StandardItemIdentification:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: PefplId = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )


@dataclass(kw_only=True)
class TaxScheme:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: PefplId = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )


@dataclass(kw_only=True)
class ClassifiedTaxCategory:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: None | PefplId = field(
        default=None,
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    percent: None | Percent = field(
        default=None,
        metadata={
            "name": "Percent",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_scheme: TaxScheme = field(
        metadata={
            "name": "TaxScheme",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class FuelMix:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    fuel_type: list[FuelType] = field(
        default_factory=list,
        metadata={
            "name": "FuelType",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class PartyTaxScheme:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    company_id: None | CompanyId = field(
        default=None,
        metadata={
            "name": "CompanyID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_scheme: TaxScheme = field(
        metadata={
            "name": "TaxScheme",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class PostalAddress:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: None | PefplId = field(
        default=None,
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    street_name: None | StreetName = field(
        default=None,
        metadata={
            "name": "StreetName",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    additional_street_name: None | AdditionalStreetName = field(
        default=None,
        metadata={
            "name": "AdditionalStreetName",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    city_name: None | CityName = field(
        default=None,
        metadata={
            "name": "CityName",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    postal_zone: None | PostalZone = field(
        default=None,
        metadata={
            "name": "PostalZone",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    country: None | Country = field(
        default=None,
        metadata={
            "name": "Country",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class TaxCategory:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: None | PefplId = field(
        default=None,
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    percent: None | Percent = field(
        default=None,
        metadata={
            "name": "Percent",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_exemption_reason_code: None | TaxExemptionReasonCode = field(
        default=None,
        metadata={
            "name": "TaxExemptionReasonCode",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_exemption_reason: None | TaxExemptionReason = field(
        default=None,
        metadata={
            "name": "TaxExemptionReason",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_scheme: TaxScheme = field(
        metadata={
            "name": "TaxScheme",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class Item:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    description: list[Description] = field(
        default_factory=list,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    name: None | Name = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    buyers_item_identification: None | BuyersItemIdentification = field(
        default=None,
        metadata={
            "name": "BuyersItemIdentification",
            "type": "Element",
        },
    )
    sellers_item_identification: None | SellersItemIdentification = field(
        default=None,
        metadata={
            "name": "SellersItemIdentification",
            "type": "Element",
        },
    )
    standard_item_identification: None | StandardItemIdentification = field(
        default=None,
        metadata={
            "name": "StandardItemIdentification",
            "type": "Element",
        },
    )
    origin_country: None | OriginCountry = field(
        default=None,
        metadata={
            "name": "OriginCountry",
            "type": "Element",
        },
    )
    commodity_classification: list[CommodityClassification] = field(
        default_factory=list,
        metadata={
            "name": "CommodityClassification",
            "type": "Element",
        },
    )
    classified_tax_category: list[ClassifiedTaxCategory] = field(
        default_factory=list,
        metadata={
            "name": "ClassifiedTaxCategory",
            "type": "Element",
        },
    )
    additional_item_property: list[AdditionalItemProperty] = field(
        default_factory=list,
        metadata={
            "name": "AdditionalItemProperty",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class MeterReading:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    meter_reading_type: None | MeterReadingType = field(
        default=None,
        metadata={
            "name": "MeterReadingType",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    previous_meter_reading_date: PreviousMeterReadingDate = field(
        metadata={
            "name": "PreviousMeterReadingDate",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    previous_meter_quantity: PreviousMeterQuantity = field(
        metadata={
            "name": "PreviousMeterQuantity",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    latest_meter_reading_date: LatestMeterReadingDate = field(
        metadata={
            "name": "LatestMeterReadingDate",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    latest_meter_quantity: LatestMeterQuantity = field(
        metadata={
            "name": "LatestMeterQuantity",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    previous_meter_reading_method: None | PreviousMeterReadingMethod = field(
        default=None,
        metadata={
            "name": "PreviousMeterReadingMethod",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    latest_meter_reading_method: None | LatestMeterReadingMethod = field(
        default=None,
        metadata={
            "name": "LatestMeterReadingMethod",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    corrected_consumption_quantity: None | CorrectedConsumptionQuantity = field(
        default=None,
        metadata={
            "name": "CorrectedConsumptionQuantity",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    fuel_mix: None | FuelMix = field(
        default=None,
        metadata={
            "name": "FuelMix",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class Party:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    party_name: list[PartyName] = field(
        default_factory=list,
        metadata={
            "name": "PartyName",
            "type": "Element",
        },
    )
    postal_address: None | PostalAddress = field(
        default=None,
        metadata={
            "name": "PostalAddress",
            "type": "Element",
        },
    )
    party_tax_scheme: list[PartyTaxScheme] = field(
        default_factory=list,
        metadata={
            "name": "PartyTaxScheme",
            "type": "Element",
        },
    )
    party_legal_entity: None | PartyLegalEntity = field(
        default=None,
        metadata={
            "name": "PartyLegalEntity",
            "type": "Element",
        },
    )
    contact: None | Contact = field(
        default=None,
        metadata={
            "name": "Contact",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class TaxSubtotal:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    tax_inclusive_amount: None | TaxInclusiveAmount = field(
        default=None,
        metadata={
            "name": "TaxInclusiveAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    taxable_amount: None | TaxableAmount = field(
        default=None,
        metadata={
            "name": "TaxableAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_amount: None | TaxAmount = field(
        default=None,
        metadata={
            "name": "TaxAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_category: TaxCategory = field(
        metadata={
            "name": "TaxCategory",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class AccountingCustomerParty:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    party: Party = field(
        metadata={
            "name": "Party",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class AccountingSupplierParty:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    party: Party = field(
        metadata={
            "name": "Party",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class ReceiverParty:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    party: Party = field(
        metadata={
            "name": "Party",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class SellerSupplierParty:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    party: Party = field(
        metadata={
            "name": "Party",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class TaxTotal:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    tax_amount: None | TaxAmount = field(
        default=None,
        metadata={
            "name": "TaxAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_inclusive_amount: None | TaxInclusiveAmount = field(
        default=None,
        metadata={
            "name": "TaxInclusiveAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_subtotal: list[TaxSubtotal] = field(
        default_factory=list,
        metadata={
            "name": "TaxSubtotal",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class UtilityMeter:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    meter_number: MeterNumber = field(
        metadata={
            "name": "MeterNumber",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    meter_reading: list[MeterReading] = field(
        default_factory=list,
        metadata={
            "name": "MeterReading",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class AdditionalAddressData:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    seller_supplier_party: None | SellerSupplierParty = field(
        default=None,
        metadata={
            "name": "SellerSupplierParty",
            "type": "Element",
        },
    )
    receiver_party: None | ReceiverParty = field(
        default=None,
        metadata={
            "name": "ReceiverParty",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class AllowanceCharge:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    charge_indicator: None | ChargeIndicator = field(
        default=None,
        metadata={
            "name": "ChargeIndicator",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    allowance_charge_reason_code: None | AllowanceChargeReasonCode = field(
        default=None,
        metadata={
            "name": "AllowanceChargeReasonCode",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    allowance_charge_reason: None | AllowanceChargeReason = field(
        default=None,
        metadata={
            "name": "AllowanceChargeReason",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    multiplier_factor_numeric: None | MultiplierFactorNumeric = field(
        default=None,
        metadata={
            "name": "MultiplierFactorNumeric",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    amount: None | Amount = field(
        default=None,
        metadata={
            "name": "Amount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    base_amount: None | BaseAmount = field(
        default=None,
        metadata={
            "name": "BaseAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    tax_category: None | TaxCategory = field(
        default=None,
        metadata={
            "name": "TaxCategory",
            "type": "Element",
        },
    )
    tax_total: None | TaxTotal = field(
        default=None,
        metadata={
            "name": "TaxTotal",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class UtilityConsumptionPoint:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: PefplId = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    description: None | Description = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    postal_address: None | PostalAddress = field(
        default=None,
        metadata={
            "name": "PostalAddress",
            "type": "Element",
        },
    )
    utility_meter: list[UtilityMeter] = field(
        default_factory=list,
        metadata={
            "name": "UtilityMeter",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class Price:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    price_amount: None | PriceAmount = field(
        default=None,
        metadata={
            "name": "PriceAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    gross_price_amount: None | GrossPriceAmount = field(
        default=None,
        metadata={
            "name": "GrossPriceAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    base_quantity: None | BaseQuantity = field(
        default=None,
        metadata={
            "name": "BaseQuantity",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    allowance_charge: list[AllowanceCharge] = field(
        default_factory=list,
        metadata={
            "name": "AllowanceCharge",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class UtilityConsumptionPoints:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    utility_consumption_point: list[UtilityConsumptionPoint] = field(
        default_factory=list,
        metadata={
            "name": "UtilityConsumptionPoint",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(kw_only=True)
class SubInvoiceLine:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: PefplId = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    note: list[PefplNote] = field(
        default_factory=list,
        metadata={
            "name": "Note",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    invoiced_quantity: None | InvoicedQuantity = field(
        default=None,
        metadata={
            "name": "InvoicedQuantity",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    line_extension_amount: None | LineExtensionAmount = field(
        default=None,
        metadata={
            "name": "LineExtensionAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    line_extension_gross_amount: None | LineExtensionGrossAmount = field(
        default=None,
        metadata={
            "name": "LineExtensionGrossAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    accounting_cost: None | AccountingCost = field(
        default=None,
        metadata={
            "name": "AccountingCost",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    invoice_period: None | InvoicePeriod = field(
        default=None,
        metadata={
            "name": "InvoicePeriod",
            "type": "Element",
        },
    )
    tax_total: None | TaxTotal = field(
        default=None,
        metadata={
            "name": "TaxTotal",
            "type": "Element",
        },
    )
    allowance_charge: list[AllowanceCharge] = field(
        default_factory=list,
        metadata={
            "name": "AllowanceCharge",
            "type": "Element",
        },
    )
    item: None | Item = field(
        default=None,
        metadata={
            "name": "Item",
            "type": "Element",
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
        },
    )
    sub_invoice_line: None | SubInvoiceLine = field(
        default=None,
        metadata={
            "name": "SubInvoiceLine",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class InvoiceLine:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: PefplId = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        }
    )
    note: list[PefplNote] = field(
        default_factory=list,
        metadata={
            "name": "Note",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    invoiced_quantity: None | InvoicedQuantity = field(
        default=None,
        metadata={
            "name": "InvoicedQuantity",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    line_extension_amount: None | LineExtensionAmount = field(
        default=None,
        metadata={
            "name": "LineExtensionAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    line_extension_gross_amount: None | LineExtensionGrossAmount = field(
        default=None,
        metadata={
            "name": "LineExtensionGrossAmount",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    accounting_cost: None | AccountingCost = field(
        default=None,
        metadata={
            "name": "AccountingCost",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    invoice_period: None | InvoicePeriod = field(
        default=None,
        metadata={
            "name": "InvoicePeriod",
            "type": "Element",
        },
    )
    allowance_charge: list[AllowanceCharge] = field(
        default_factory=list,
        metadata={
            "name": "AllowanceCharge",
            "type": "Element",
        },
    )
    tax_total: None | TaxTotal = field(
        default=None,
        metadata={
            "name": "TaxTotal",
            "type": "Element",
        },
    )
    item: None | Item = field(
        default=None,
        metadata={
            "name": "Item",
            "type": "Element",
        },
    )
    price: None | Price = field(
        default=None,
        metadata={
            "name": "Price",
            "type": "Element",
        },
    )
    sub_invoice_line: list[SubInvoiceLine] = field(
        default_factory=list,
        metadata={
            "name": "SubInvoiceLine",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class AdditionalInvoiceDataNetto:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    invoice_line: list[InvoiceLine] = field(
        default_factory=list,
        metadata={
            "name": "InvoiceLine",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(kw_only=True)
class AdditionalInvoiceGrossData:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    calculation_method: None | CalculationMethod = field(
        default=None,
        metadata={
            "name": "CalculationMethod",
            "type": "Element",
            "namespace": "urn:pl:extended:CommonBasicComponents-2",
        },
    )
    allowance_charge: list[AllowanceCharge] = field(
        default_factory=list,
        metadata={
            "name": "AllowanceCharge",
            "type": "Element",
        },
    )
    tax_total: None | TaxTotal = field(
        default=None,
        metadata={
            "name": "TaxTotal",
            "type": "Element",
        },
    )
    invoice_line: list[InvoiceLine] = field(
        default_factory=list,
        metadata={
            "name": "InvoiceLine",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(kw_only=True)
class CorrectedDocumentData:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: None | Id = field(
        default=None,
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    issue_date: None | IssueDate = field(
        default=None,
        metadata={
            "name": "IssueDate",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    due_date: None | DueDate = field(
        default=None,
        metadata={
            "name": "DueDate",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    note: list[Note] = field(
        default_factory=list,
        metadata={
            "name": "Note",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    tax_point_date: None | TaxPointDate = field(
        default=None,
        metadata={
            "name": "TaxPointDate",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    invoice_period: None | CommonAggregateComponentsInvoicePeriod = field(
        default=None,
        metadata={
            "name": "InvoicePeriod",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    accounting_supplier_party: None | AccountingSupplierParty = field(
        default=None,
        metadata={
            "name": "AccountingSupplierParty",
            "type": "Element",
        },
    )
    accounting_customer_party: None | AccountingCustomerParty = field(
        default=None,
        metadata={
            "name": "AccountingCustomerParty",
            "type": "Element",
        },
    )
    delivery: None | Delivery = field(
        default=None,
        metadata={
            "name": "Delivery",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    payment_means: list[PaymentMeans] = field(
        default_factory=list,
        metadata={
            "name": "PaymentMeans",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    payment_terms: None | PaymentTerms = field(
        default=None,
        metadata={
            "name": "PaymentTerms",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    invoice_line: list[InvoiceLine] = field(
        default_factory=list,
        metadata={
            "name": "InvoiceLine",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class OriginalDocumentData:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    id: None | Id = field(
        default=None,
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    issue_date: None | IssueDate = field(
        default=None,
        metadata={
            "name": "IssueDate",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    due_date: None | DueDate = field(
        default=None,
        metadata={
            "name": "DueDate",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    note: list[Note] = field(
        default_factory=list,
        metadata={
            "name": "Note",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    tax_point_date: None | TaxPointDate = field(
        default=None,
        metadata={
            "name": "TaxPointDate",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        },
    )
    invoice_period: None | CommonAggregateComponentsInvoicePeriod = field(
        default=None,
        metadata={
            "name": "InvoicePeriod",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    accounting_supplier_party: None | AccountingSupplierParty = field(
        default=None,
        metadata={
            "name": "AccountingSupplierParty",
            "type": "Element",
        },
    )
    accounting_customer_party: None | AccountingCustomerParty = field(
        default=None,
        metadata={
            "name": "AccountingCustomerParty",
            "type": "Element",
        },
    )
    delivery: None | Delivery = field(
        default=None,
        metadata={
            "name": "Delivery",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    payment_means: list[PaymentMeans] = field(
        default_factory=list,
        metadata={
            "name": "PaymentMeans",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    payment_terms: None | PaymentTerms = field(
        default=None,
        metadata={
            "name": "PaymentTerms",
            "type": "Element",
            "namespace": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        },
    )
    invoice_line: list[InvoiceLine] = field(
        default_factory=list,
        metadata={
            "name": "InvoiceLine",
            "type": "Element",
        },
    )


@dataclass(kw_only=True)
class InvoiceCorrection:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    additional_invoice_gross_data: None | AdditionalInvoiceGrossData = field(
        default=None,
        metadata={
            "name": "AdditionalInvoiceGrossData",
            "type": "Element",
        },
    )
    allowance_charge: list[AllowanceCharge] = field(
        default_factory=list,
        metadata={
            "name": "AllowanceCharge",
            "type": "Element",
        },
    )
    tax_total: list[TaxTotal] = field(
        default_factory=list,
        metadata={
            "name": "TaxTotal",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 2,
        },
    )
    legal_monetary_total: LegalMonetaryTotal = field(
        metadata={
            "name": "LegalMonetaryTotal",
            "type": "Element",
        }
    )


@dataclass(kw_only=True)
class OriginalInvoiceData:
    class Meta:
        namespace = "urn:pl:extended:CommonAggregateComponents-2"

    additional_invoice_gross_data: None | AdditionalInvoiceGrossData = field(
        default=None,
        metadata={
            "name": "AdditionalInvoiceGrossData",
            "type": "Element",
        },
    )
    allowance_charge: list[AllowanceCharge] = field(
        default_factory=list,
        metadata={
            "name": "AllowanceCharge",
            "type": "Element",
        },
    )
    tax_total: list[TaxTotal] = field(
        default_factory=list,
        metadata={
            "name": "TaxTotal",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 2,
        },
    )
    legal_monetary_total: LegalMonetaryTotal = field(
        metadata={
            "name": "LegalMonetaryTotal",
            "type": "Element",
        }
    )
    invoice_line: list[InvoiceLine] = field(
        default_factory=list,
        metadata={
            "name": "InvoiceLine",
            "type": "Element",
            "min_occurs": 1,
        },
    )
