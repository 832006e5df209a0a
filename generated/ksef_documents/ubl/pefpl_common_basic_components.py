from __future__ import annotations

from dataclasses import dataclass

from .common_basic_components import (
    AccountingCostType,
    AdditionalStreetNameType,
    AllowanceChargeReasonCodeType,
    AllowanceChargeReasonType,
    AllowanceTotalAmountType,
    AmountType,
    BaseAmountType,
    BaseQuantityType,
    ChargeIndicatorType,
    ChargeTotalAmountType,
    CityNameType,
    CompanyIdtype,
    CompanyLegalFormType,
    DateType,
    DescriptionCodeType,
    DescriptionType,
    DurationMeasureType,
    ElectronicMailType,
    EndDateType,
    EndTimeType,
    IdentificationCodeType,
    Idtype,
    InvoicedQuantityType,
    ItemClassificationCodeType,
    LatestMeterReadingMethodType,
    LineExtensionAmountType,
    MeterNumberType,
    MeterReadingTypeCodeType,
    MeterReadingTypeType,
    MultiplierFactorNumericType,
    NameType,
    NoteType,
    PayableAmountType,
    PayableRoundingAmountType,
    PercentType,
    PostalZoneType,
    PrepaidAmountType,
    PreviousMeterReadingMethodType,
    PriceAmountType,
    RegistrationNameType,
    StartDateType,
    StartTimeType,
    StreetNameType,
    TaxableAmountType,
    TaxAmountType,
    TaxExclusiveAmountType,
    TaxExemptionReasonCodeType,
    TaxExemptionReasonType,
    TaxInclusiveAmountType,
    TelephoneType,
    TypeCodeType,
    ValueType,
)

__NAMESPACE__ = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class AccountingCost(AccountingCostType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class AdditionalStreetName(AdditionalStreetNameType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class AllowanceChargeReason(AllowanceChargeReasonType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class AllowanceChargeReasonCode(AllowanceChargeReasonCodeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class AllowanceTotalAmount(AllowanceTotalAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Amount(AmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class BaseAmount(BaseAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class BaseQuantity(BaseQuantityType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class CalculationMethod(ValueType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class ChargeIndicator(ChargeIndicatorType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class ChargeTotalAmount(ChargeTotalAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class CityName(CityNameType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class CompanyId(CompanyIdtype):
    class Meta:
        name = "CompanyID"
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class CompanyLegalForm(CompanyLegalFormType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class CorrectedConsumptionQuantity(BaseQuantityType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Description(DescriptionType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class DescriptionCode(DescriptionCodeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class DurationMeasure(DurationMeasureType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class ElectronicMail(ElectronicMailType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class EndDate(EndDateType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class EndTime(EndTimeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class FuelTypeCode(TypeCodeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class GrossPriceAmount(PriceAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Id(Idtype):
    class Meta:
        name = "ID"
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class IdentificationCode(IdentificationCodeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class InvoicedQuantity(InvoicedQuantityType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class ItemClassificationCode(ItemClassificationCodeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class LatestMeterQuantity(InvoicedQuantityType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class LatestMeterReadingDate(DateType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class LatestMeterReadingMethod(LatestMeterReadingMethodType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class LineExtensionAmount(LineExtensionAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class LineExtensionGrossAmount(LineExtensionAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class MeterNumber(MeterNumberType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class MeterReadingType(MeterReadingTypeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class MeterReadingTypeCode(MeterReadingTypeCodeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class MultiplierFactorNumeric(MultiplierFactorNumericType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Name(NameType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Note(NoteType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PayableAmount(PayableAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PayableRoundingAmount(PayableRoundingAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Percent(PercentType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Percentage(PercentType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PostalZone(PostalZoneType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PrepaidAmount(PrepaidAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PreviousMeterQuantity(InvoicedQuantityType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PreviousMeterReadingDate(DateType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PreviousMeterReadingMethod(PreviousMeterReadingMethodType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class PriceAmount(PriceAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class RegistrationName(RegistrationNameType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class StartDate(StartDateType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class StartTime(StartTimeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class StreetName(StreetNameType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class TaxAmount(TaxAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class TaxExclusiveAmount(TaxExclusiveAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class TaxExemptionReason(TaxExemptionReasonType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class TaxExemptionReasonCode(TaxExemptionReasonCodeType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class TaxInclusiveAmount(TaxInclusiveAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class TaxableAmount(TaxableAmountType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Telephone(TelephoneType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"


@dataclass(kw_only=True)
class Value(ValueType):
    class Meta:
        namespace = "urn:pl:extended:CommonBasicComponents-2"
