from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from xsdata.models.datatype import XmlDate, XmlDateTime

from .base.country_codes import TkodKraju
from .base.elementary_types import Twybor1

__NAMESPACE__ = "http://crd.gov.pl/wzor/2026/03/06/14189/"


class TformaPlatnosci(Enum):
    """
    Typy form płatności.

    :cvar VALUE_1: przelew
    """

    VALUE_1 = 1


@dataclass(kw_only=True)
class TkluczWartosc:
    """
    Typ złożony, klucz-wartość.

    :ivar nr_wiersza: Numer wiersza podany w polu NrWierszaFa, jeśli informacja odnosi się wyłącznie do danej
        pozycji faktury
    :ivar klucz: Klucz
    :ivar wartosc: Wartość
    """

    class Meta:
        name = "TKluczWartosc"

    nr_wiersza: None | int = field(
        default=None,
        metadata={
            "name": "NrWiersza",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_exclusive": 0,
            "total_digits": 14,
            "white_space": "collapse",
        },
    )
    klucz: str = field(
        metadata={
            "name": "Klucz",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 256,
        }
    )
    wartosc: str = field(
        metadata={
            "name": "Wartosc",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 256,
        }
    )


class TkodFormularza(Enum):
    """
    Symbol wzoru formularza.
    """

    FA_RR = "FA_RR"


class TkodWaluty(Enum):
    """
    Słownik kodów walut.

    :cvar AED: DIRHAM ZEA
    :cvar AFN: AFGANI
    :cvar ALL: LEK
    :cvar AMD: DRAM
    :cvar ANG: GULDEN ANTYLI HOLENDERSKICH
    :cvar AOA: KWANZA
    :cvar ARS: PESO ARGENTYŃSKIE
    :cvar AUD: DOLAR AUSTRALIJSKI
    :cvar AWG: GULDEN ARUBAŃSKI
    :cvar AZN: MANAT AZERBEJDŻAŃSKI
    :cvar BAM: MARKA ZAMIENNA
    :cvar BBD: DOLAR BARBADOSKI
    :cvar BDT: TAKA
    :cvar BGN: LEW
    :cvar BHD: DINAR BAHRAJSKI
    :cvar BIF: FRANK BURUNDYJSKI
    :cvar BMD: DOLAR BERMUDZKI
    :cvar BND: DOLAR BRUNEJSKI
    :cvar BOB: BOLIWIANO
    :cvar BOV: BOLIWIANO MVDOL
    :cvar BRL: REAL
    :cvar BSD: DOLAR BAHAMSKI
    :cvar BTN: NGULTRUM
    :cvar BWP: PULA
    :cvar BYN: RUBEL BIAŁORUSKI
    :cvar BZD: DOLAR BELIZEŃSKI
    :cvar CAD: DOLAR KANADYJSKI
    :cvar CDF: FRANK KONGIJSKI
    :cvar CHE: FRANK SZWAJCARSKI VIR EURO
    :cvar CHF: FRANK SZWAJCARSKI
    :cvar CHW: FRANK SZWAJCARSKI VIR FRANK
    :cvar CLF: JEDNOSTKA ROZLICZENIOWA CHILIJSKA
    :cvar CLP: PESO CHILIJSKIE
    :cvar CNY: YUAN RENMINBI
    :cvar COP: PESO KOLUMBIJSKIE
    :cvar COU: UNIDAD DE VALOR REAL KOLUMBILSKIE
    :cvar CRC: COLON KOSTARYKAŃSKI
    :cvar CUC: PESO WYMIENIALNE
    :cvar CUP: PESO KUBAŃSKIE
    :cvar CVE: ESCUDO REPUBLIKI ZIELONEGO PRZYLĄDKA
    :cvar CZK: KORONA CZESKA
    :cvar DJF: FRANK DŻIBUTI
    :cvar DKK: KORONA DUŃSKA
    :cvar DOP: PESO DOMINIKAŃSKIE
    :cvar DZD: DINAR ALGIERSKI
    :cvar EGP: FUNT EGIPSKI
    :cvar ERN: NAKFA
    :cvar ETB: BIRR
    :cvar EUR: EURO
    :cvar FJD: DOLAR FIDŻI
    :cvar FKP: FUNT FALKLANDZKI
    :cvar GBP: FUNT SZTERLING
    :cvar GEL: LARI
    :cvar GGP: FUNT GUERNSEY
    :cvar GHS: GHANA CEDI
    :cvar GIP: FUNT GIBRALTARSKI
    :cvar GMD: DALASI
    :cvar GNF: FRANK GWINEJSKI
    :cvar GTQ: QUETZAL
    :cvar GYD: DOLAR GUJAŃSKI
    :cvar HKD: DOLAR HONGKONGU
    :cvar HNL: LEMPIRA
    :cvar HRK: KUNA
    :cvar HTG: GOURDE
    :cvar HUF: FORINT
    :cvar IDR: RUPIA INDONEZYJSKA
    :cvar ILS: SZEKEL
    :cvar IMP: FUNT MANX
    :cvar INR: RUPIA INDYJSKA
    :cvar IQD: DINAR IRACKI
    :cvar IRR: RIAL IRAŃSKI
    :cvar ISK: KORONA ISLANDZKA
    :cvar JEP: FUNT JERSEY
    :cvar JMD: DOLAR JAMAJSKI
    :cvar JOD: DINAR JORDAŃSKI
    :cvar JPY: JEN
    :cvar KES: SZYLING KENIJSKI
    :cvar KGS: SOM
    :cvar KHR: RIEL
    :cvar KMF: FRANK KOMORÓW
    :cvar KPW: WON PÓŁNOCNO­KOREAŃSKI
    :cvar KRW: WON POŁUDNIOWO­KOREAŃSKI
    :cvar KWD: DINAR KUWEJCKI
    :cvar KYD: DOLAR KAJMAŃSKI
    :cvar KZT: TENGE
    :cvar LAK: KIP
    :cvar LBP: FUNT LIBAŃSKI
    :cvar LKR: RUPIA LANKIJSKA
    :cvar LRD: DOLAR LIBERYJSKI
    :cvar LSL: LOTI
    :cvar LYD: DINAR LIBIJSKI
    :cvar MAD: DIRHAM MAROKAŃSKI
    :cvar MDL: LEJ MOŁDAWII
    :cvar MGA: ARIARY
    :cvar MKD: DENAR
    :cvar MMK: KYAT
    :cvar MNT: TUGRIK
    :cvar MOP: PATACA
    :cvar MRU: OUGUIYA
    :cvar MUR: RUPIA MAURITIUSU
    :cvar MVR: RUPIA MALEDIWSKA
    :cvar MWK: KWACHA MALAWIJSKA
    :cvar MXN: PESO MEKSYKAŃSKIE
    :cvar MXV: UNIDAD DE INVERSION (UDI) MEKSYKAŃSKIE
    :cvar MYR: RINGGIT
    :cvar MZN: METICAL
    :cvar NAD: DOLAR NAMIBIJSKI
    :cvar NGN: NAIRA
    :cvar NIO: CORDOBA ORO
    :cvar NOK: KORONA NORWESKA
    :cvar NPR: RUPIA NEPALSKA
    :cvar NZD: DOLAR NOWOZELANDZKI
    :cvar OMR: RIAL OMAŃSKI
    :cvar PAB: BALBOA
    :cvar PEN: SOL
    :cvar PGK: KINA
    :cvar PHP: PESO FILIPIŃSKIE
    :cvar PKR: RUPIA PAKISTAŃSKA
    :cvar PLN: ZŁOTY
    :cvar PYG: GUARANI
    :cvar QAR: RIAL KATARSKI
    :cvar RON: LEJ RUMUŃSKI
    :cvar RSD: DINAR SERBSKI
    :cvar RUB: RUBEL ROSYJSKI
    :cvar RWF: FRANK RWANDYJSKI
    :cvar SAR: RIAL SAUDYJSKI
    :cvar SBD: DOLAR WYSP SALOMONA
    :cvar SCR: RUPIA SESZELSKA
    :cvar SDG: FUNT SUDAŃSKI
    :cvar SEK: KORONA SZWEDZKA
    :cvar SGD: DOLAR SINGAPURSKI
    :cvar SHP: FUNT ŚWIĘTEJ HELENY (ŚWIĘTA HELENA I WYSPA WNIEBOWSTĄPIENIA)
    :cvar SLL: LEONE
    :cvar SOS: SZYLING SOMALIJSKI
    :cvar SRD: DOLAR SURINAMSKI
    :cvar SSP: FUNT POŁUDNIOWOSUDAŃSKI
    :cvar STN: DOBRA
    :cvar SVC: COLON SALWADORSKI (SV1)
    :cvar SYP: FUNT SYRYJSKI
    :cvar SZL: LILANGENI
    :cvar THB: BAT
    :cvar TJS: SOMONI
    :cvar TMT: MANAT TURKMEŃSKI
    :cvar TND: DINAR TUNEZYJSKI
    :cvar TOP: PAANGA
    :cvar TRY: LIRA TURECKA
    :cvar TTD: DOLAR TRYNIDADU I TOBAGO
    :cvar TWD: NOWY DOLAR TAJWAŃSKI
    :cvar TZS: SZYLING TANZAŃSKI
    :cvar UAH: HRYWNA
    :cvar UGX: SZYLING UGANDYJSKI
    :cvar USD: DOLAR AMERYKAŃSKI
    :cvar USN: DOLAR AMERYKAŃSKI (NEXT DAY)
    :cvar UYI: PESO EN UNIDADES INDEXADAS URUGWAJSKIE
    :cvar UYU: PESO URUGWAJSKIE
    :cvar UYW: PESO EN UNIDADES INDEXADAS URUGWAJSKIE
    :cvar UZS: SUM
    :cvar VES: BOLIWAR SOBERANO
    :cvar VND: DONG
    :cvar VUV: VATU
    :cvar WST: TALA
    :cvar XAF: FRANK CFA (BEAC)
    :cvar XAG: SREBRO
    :cvar XAU: ZŁOTO
    :cvar XBA: BOND MARKETS UNIT EUROPEAN COMPOSITE UNIT (EURCO)
    :cvar XBB: BOND MARKETS UNIT EUROPEAN MONETARY UNIT (E.M.U.-6)
    :cvar XBC: BOND MARKETS UNIT EUROPEAN UNIT OF ACCOUNT 9 (E.U.A.-9)
    :cvar XBD: BOND MARKETS UNIT EUROPEAN UNIT OF ACCOUNT 17 (E.U.A.-17)
    :cvar XCD: DOLAR WSCHODNIO­KARAIBSKI
    :cvar XCG: GULDEN KARAIBSKI
    :cvar XDR: SDR MIĘDZYNARODOWY FUNDUSZ WALUTOWY
    :cvar XOF: FRANK CFA (BCEAO)
    :cvar XPD: PALLAD
    :cvar XPF: FRANK CFP
    :cvar XPT: PLATYNA
    :cvar XSU: SUCRE SISTEMA UNITARIO DE COMPENSACION REGIONAL DE PAGOS SUCRE
    :cvar XUA: ADB UNIT OF ACCOUNT MEMBER COUNTRIES OF THE AFRICAN DEVELOPMENT BANK GROUP
    :cvar XXX: BRAK WALUTY
    :cvar YER: RIAL JEMEŃSKI
    :cvar ZAR: RAND
    :cvar ZMW: KWACHA ZAMBIJSKA
    :cvar ZWL: DOLAR ZIMBABWE
    """

    AED = "AED"
    AFN = "AFN"
    ALL = "ALL"
    AMD = "AMD"
    ANG = "ANG"
    AOA = "AOA"
    ARS = "ARS"
    AUD = "AUD"
    AWG = "AWG"
    AZN = "AZN"
    BAM = "BAM"
    BBD = "BBD"
    BDT = "BDT"
    BGN = "BGN"
    BHD = "BHD"
    BIF = "BIF"
    BMD = "BMD"
    BND = "BND"
    BOB = "BOB"
    BOV = "BOV"
    BRL = "BRL"
    BSD = "BSD"
    BTN = "BTN"
    BWP = "BWP"
    BYN = "BYN"
    BZD = "BZD"
    CAD = "CAD"
    CDF = "CDF"
    CHE = "CHE"
    CHF = "CHF"
    CHW = "CHW"
    CLF = "CLF"
    CLP = "CLP"
    CNY = "CNY"
    COP = "COP"
    COU = "COU"
    CRC = "CRC"
    CUC = "CUC"
    CUP = "CUP"
    CVE = "CVE"
    CZK = "CZK"
    DJF = "DJF"
    DKK = "DKK"
    DOP = "DOP"
    DZD = "DZD"
    EGP = "EGP"
    ERN = "ERN"
    ETB = "ETB"
    EUR = "EUR"
    FJD = "FJD"
    FKP = "FKP"
    GBP = "GBP"
    GEL = "GEL"
    GGP = "GGP"
    GHS = "GHS"
    GIP = "GIP"
    GMD = "GMD"
    GNF = "GNF"
    GTQ = "GTQ"
    GYD = "GYD"
    HKD = "HKD"
    HNL = "HNL"
    HRK = "HRK"
    HTG = "HTG"
    HUF = "HUF"
    IDR = "IDR"
    ILS = "ILS"
    IMP = "IMP"
    INR = "INR"
    IQD = "IQD"
    IRR = "IRR"
    ISK = "ISK"
    JEP = "JEP"
    JMD = "JMD"
    JOD = "JOD"
    JPY = "JPY"
    KES = "KES"
    KGS = "KGS"
    KHR = "KHR"
    KMF = "KMF"
    KPW = "KPW"
    KRW = "KRW"
    KWD = "KWD"
    KYD = "KYD"
    KZT = "KZT"
    LAK = "LAK"
    LBP = "LBP"
    LKR = "LKR"
    LRD = "LRD"
    LSL = "LSL"
    LYD = "LYD"
    MAD = "MAD"
    MDL = "MDL"
    MGA = "MGA"
    MKD = "MKD"
    MMK = "MMK"
    MNT = "MNT"
    MOP = "MOP"
    MRU = "MRU"
    MUR = "MUR"
    MVR = "MVR"
    MWK = "MWK"
    MXN = "MXN"
    MXV = "MXV"
    MYR = "MYR"
    MZN = "MZN"
    NAD = "NAD"
    NGN = "NGN"
    NIO = "NIO"
    NOK = "NOK"
    NPR = "NPR"
    NZD = "NZD"
    OMR = "OMR"
    PAB = "PAB"
    PEN = "PEN"
    PGK = "PGK"
    PHP = "PHP"
    PKR = "PKR"
    PLN = "PLN"
    PYG = "PYG"
    QAR = "QAR"
    RON = "RON"
    RSD = "RSD"
    RUB = "RUB"
    RWF = "RWF"
    SAR = "SAR"
    SBD = "SBD"
    SCR = "SCR"
    SDG = "SDG"
    SEK = "SEK"
    SGD = "SGD"
    SHP = "SHP"
    SLL = "SLL"
    SOS = "SOS"
    SRD = "SRD"
    SSP = "SSP"
    STN = "STN"
    SVC = "SVC"
    SYP = "SYP"
    SZL = "SZL"
    THB = "THB"
    TJS = "TJS"
    TMT = "TMT"
    TND = "TND"
    TOP = "TOP"
    TRY = "TRY"
    TTD = "TTD"
    TWD = "TWD"
    TZS = "TZS"
    UAH = "UAH"
    UGX = "UGX"
    USD = "USD"
    USN = "USN"
    UYI = "UYI"
    UYU = "UYU"
    UYW = "UYW"
    UZS = "UZS"
    VES = "VES"
    VND = "VND"
    VUV = "VUV"
    WST = "WST"
    XAF = "XAF"
    XAG = "XAG"
    XAU = "XAU"
    XBA = "XBA"
    XBB = "XBB"
    XBC = "XBC"
    XBD = "XBD"
    XCD = "XCD"
    XCG = "XCG"
    XDR = "XDR"
    XOF = "XOF"
    XPD = "XPD"
    XPF = "XPF"
    XPT = "XPT"
    XSU = "XSU"
    XUA = "XUA"
    XXX = "XXX"
    YER = "YER"
    ZAR = "ZAR"
    ZMW = "ZMW"
    ZWL = "ZWL"


class TnaglowekWariantFormularza(Enum):
    VALUE_1 = 1


@dataclass(kw_only=True)
class Tpodmiot1:
    """
    Zestaw danych identyfikacyjnych oraz danych adresowych.

    :ivar nip: Identyfikator podatkowy NIP
    :ivar nazwa: Imię i nazwisko lub nazwa albo nazwa skrócona
    """

    class Meta:
        name = "TPodmiot1"

    nip: str = field(
        metadata={
            "name": "NIP",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
        }
    )
    nazwa: str = field(
        metadata={
            "name": "Nazwa",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 512,
        }
    )


@dataclass(kw_only=True)
class TrachunekBankowy:
    """
    Informacje o rachunku.

    :ivar nr_rb: Pełny numer rachunku
    :ivar swift: Kod SWIFT
    :ivar nazwa_banku: Nazwa
    :ivar opis_rachunku: Opis rachunku
    """

    class Meta:
        name = "TRachunekBankowy"

    nr_rb: str = field(
        metadata={
            "name": "NrRB",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 10,
            "max_length": 34,
        }
    )
    swift: None | str = field(
        default=None,
        metadata={
            "name": "SWIFT",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
        },
    )
    nazwa_banku: None | str = field(
        default=None,
        metadata={
            "name": "NazwaBanku",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 256,
        },
    )
    opis_rachunku: None | str = field(
        default=None,
        metadata={
            "name": "OpisRachunku",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 256,
        },
    )


class TrodzajFaktury(Enum):
    """
    Rodzaj faktury.

    :cvar VAT_RR: Faktura pierwotna
    :cvar KOR_VAT_RR: Faktura korygująca
    """

    VAT_RR = "VAT_RR"
    KOR_VAT_RR = "KOR_VAT_RR"


class TrolaPodmiotu3(Enum):
    """
    Rola podmiotu trzeciego.

    :cvar VALUE_1: Faktor - w przypadku, gdy na fakturze występują dane faktora
    :cvar VALUE_2: Odbiorca - w przypadku, gdy na fakturze występują dane jednostek wewnętrznych, w tym oddziałów
        wyodrębnionych w ramach nabywcy, które same nie stanowią nabywcy w rozumieniu ustawy
    :cvar VALUE_3: Podmiot pierwotny - w przypadku, gdy na fakturze występują dane podmiotu będącego w stosunku
        do nabywcy podmiotem przejętym lub przekształconym, który nabywał produkty rolne lub usługę rolniczą. Z
        wyłączeniem przypadków, o których mowa w art. 116 ust. 5e pkt 3 ustawy, gdy dane te wykazywane są w
        sekcji Podmiot2K
    :cvar VALUE_5: Wystawca faktury - w przypadku, gdy na fakturze występują dane podmiotu wystawiającego fakturę
        w imieniu nabywcy
    :cvar VALUE_6: Dokonujący płatności - w przypadku, gdy na fakturze występują dane podmiotu regulującego
        zobowiązanie w miejsce nabywcy
    :cvar VALUE_7: Jednostka samorządu terytorialnego - wystawca
    :cvar VALUE_8: Jednostka samorządu terytorialnego - odbiorca
    :cvar VALUE_9: Członek grupy VAT - wystawca
    :cvar VALUE_10: Członek grupy VAT - odbiorca
    :cvar VALUE_11: Pracownik
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_5 = 5
    VALUE_6 = 6
    VALUE_7 = 7
    VALUE_8 = 8
    VALUE_9 = 9
    VALUE_10 = 10
    VALUE_11 = 11


class TstatusInfoPodatnika(Enum):
    """
    Status podatnika.

    :cvar VALUE_1: Podatnik znajdujący się w stanie likwidacji
    :cvar VALUE_2: Podatnik, który jest w trakcie postępowania restrukturyzacyjnego
    :cvar VALUE_3: Podatnik znajdujący się w stanie upadłości
    :cvar VALUE_4: Przedsiębiorstwo w spadku
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4


class TstawkaPodatku(Enum):
    """
    Stawka zryczałtowanego zwrotu podatku.
    """

    VALUE_6_5 = Decimal("6.5")
    VALUE_7 = Decimal("7")


class TtypKorekty(Enum):
    """
    Typ skutku korekty w ewidencji dla podatku od towarów i usług.

    :cvar VALUE_1: Korekta skutkująca w dacie ujęcia faktury pierwotnej
    :cvar VALUE_2: Korekta skutkująca w dacie wystawienia faktury korygującej
    :cvar VALUE_3: Korekta skutkująca w dacie innej
    :cvar VALUE_4: Korekta skutkująca w dacie dokonania zwrotu całości lub części należności
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4


@dataclass(kw_only=True)
class Tadres:
    """
    Informacje opisujące adres.

    :ivar kod_kraju: Kod Kraju [Country Code]
    :ivar adres_l1: Adres [Address]
    :ivar adres_l2: Adres [Address]
    :ivar gln: Globalny Numer Lokalizacyjny [Global Location Number]
    """

    class Meta:
        name = "TAdres"

    kod_kraju: TkodKraju = field(
        metadata={
            "name": "KodKraju",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
        }
    )
    adres_l1: str = field(
        metadata={
            "name": "AdresL1",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 512,
        }
    )
    adres_l2: None | str = field(
        default=None,
        metadata={
            "name": "AdresL2",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 512,
        },
    )
    gln: None | str = field(
        default=None,
        metadata={
            "name": "GLN",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 13,
        },
    )


@dataclass(kw_only=True)
class Tnaglowek:
    """
    Nagłówek.

    :ivar kod_formularza:
    :ivar wariant_formularza:
    :ivar data_wytworzenia_fa: Data i czas wytworzenia faktury
    :ivar system_info: Nazwa systemu teleinformatycznego, z którego korzysta nabywca
    """

    class Meta:
        name = "TNaglowek"

    kod_formularza: Tnaglowek.KodFormularza = field(
        metadata={
            "name": "KodFormularza",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
        }
    )
    wariant_formularza: TnaglowekWariantFormularza = field(
        metadata={
            "name": "WariantFormularza",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
        }
    )
    data_wytworzenia_fa: XmlDateTime = field(
        metadata={
            "name": "DataWytworzeniaFa",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_inclusive": XmlDateTime(2026, 1, 1, 0, 0, 0, 0, 0),
            "max_inclusive": XmlDateTime(2050, 1, 1, 23, 59, 59, 0, 0),
            "white_space": "collapse",
        }
    )
    system_info: None | str = field(
        default=None,
        metadata={
            "name": "SystemInfo",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 256,
        },
    )

    @dataclass(kw_only=True)
    class KodFormularza:
        value: TkodFormularza = field()
        kod_systemowy: str = field(
            init=False,
            default="FA_RR (1)",
            metadata={
                "name": "kodSystemowy",
                "type": "Attribute",
                "required": True,
            },
        )
        wersja_schemy: str = field(
            init=False,
            default="1-1E",
            metadata={
                "name": "wersjaSchemy",
                "type": "Attribute",
                "required": True,
            },
        )


@dataclass(kw_only=True)
class Tpodmiot3:
    """
    Zestaw danych identyfikacyjnych oraz danych adresowych podmiotu trzeciego.

    :ivar nip: Identyfikator podatkowy NIP
    :ivar idwew: Identyfikator wewnętrzny z NIP
    :ivar brak_id: Podmiot nie posiada identyfikatora podatkowego: 1- tak
    :ivar nazwa: Imię i nazwisko lub nazwa albo nazwa skrócona podmiotu trzeciego
    """

    class Meta:
        name = "TPodmiot3"

    nip: None | str = field(
        default=None,
        metadata={
            "name": "NIP",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
        },
    )
    idwew: None | str = field(
        default=None,
        metadata={
            "name": "IDWew",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 20,
        },
    )
    brak_id: None | Twybor1 = field(
        default=None,
        metadata={
            "name": "BrakID",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
        },
    )
    nazwa: str = field(
        metadata={
            "name": "Nazwa",
            "type": "Element",
            "namespace": "http://crd.gov.pl/wzor/2026/03/06/14189/",
            "min_length": 1,
            "max_length": 512,
        }
    )


@dataclass(kw_only=True)
class Faktura:
    """
    Faktura VAT RR.

    :ivar naglowek: Nagłówek
    :ivar podmiot1: Dane dostawcy
    :ivar podmiot2: Dane nabywcy
    :ivar podmiot3: Dane podmiotu/-ów trzeciego/-ich (innego/-ych niż dostawca i nabywca), związanego/-ych z
        fakturą
    :ivar faktura_rr: Na podstawie art. 116 ustawy. Wartości nabycia i zwrot podatku wypełnia się w walucie, w
        której wystawiono fakturę, z wyjątkiem pól, w których zwrot podatku został przeliczony zgodnie z art. 116
        ust. 2b i 2c ustawy
    :ivar stopka: Pozostałe informacje na fakturze
    """

    class Meta:
        namespace = "http://crd.gov.pl/wzor/2026/03/06/14189/"

    naglowek: Tnaglowek = field(
        metadata={
            "name": "Naglowek",
            "type": "Element",
        }
    )
    podmiot1: Faktura.Podmiot1 = field(
        metadata={
            "name": "Podmiot1",
            "type": "Element",
        }
    )
    podmiot2: Faktura.Podmiot2 = field(
        metadata={
            "name": "Podmiot2",
            "type": "Element",
        }
    )
    podmiot3: list[Faktura.Podmiot3] = field(
        default_factory=list,
        metadata={
            "name": "Podmiot3",
            "type": "Element",
            "max_occurs": 100,
        },
    )
    faktura_rr: Faktura.FakturaRr = field(
        metadata={
            "name": "FakturaRR",
            "type": "Element",
        }
    )
    stopka: None | Faktura.Stopka = field(
        default=None,
        metadata={
            "name": "Stopka",
            "type": "Element",
        },
    )

    @dataclass(kw_only=True)
    class Podmiot1:
        """
        :ivar dane_identyfikacyjne: Dane identyfikujące dostawcę
        :ivar adres: Adres dostawcy
        :ivar adres_koresp: Adres korespondencyjny dostawcy
        :ivar dane_kontaktowe: Dane kontaktowe dostawcy
        :ivar nr_kontrahenta: Numer kontrahenta dla przypadków, w których dostawca posługuje się nim w umowie lub
            zamówieniu
        """

        dane_identyfikacyjne: Tpodmiot1 = field(
            metadata={
                "name": "DaneIdentyfikacyjne",
                "type": "Element",
            }
        )
        adres: Tadres = field(
            metadata={
                "name": "Adres",
                "type": "Element",
            }
        )
        adres_koresp: None | Tadres = field(
            default=None,
            metadata={
                "name": "AdresKoresp",
                "type": "Element",
            },
        )
        dane_kontaktowe: list[Faktura.Podmiot1.DaneKontaktowe] = field(
            default_factory=list,
            metadata={
                "name": "DaneKontaktowe",
                "type": "Element",
                "max_occurs": 3,
            },
        )
        nr_kontrahenta: None | str = field(
            default=None,
            metadata={
                "name": "NrKontrahenta",
                "type": "Element",
                "min_length": 1,
                "max_length": 256,
            },
        )

        @dataclass(kw_only=True)
        class DaneKontaktowe:
            """
            :ivar email: Adres e-mail dostawcy
            :ivar telefon: Numer telefonu dostawcy
            """

            email: None | str = field(
                default=None,
                metadata={
                    "name": "Email",
                    "type": "Element",
                    "min_length": 3,
                    "max_length": 255,
                },
            )
            telefon: None | str = field(
                default=None,
                metadata={
                    "name": "Telefon",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 16,
                },
            )

    @dataclass(kw_only=True)
    class Podmiot2:
        """
        :ivar dane_identyfikacyjne: Dane identyfikujące nabywcę
        :ivar adres: Adres nabywcy
        :ivar adres_koresp: Adres korespondencyjny nabywcy
        :ivar dane_kontaktowe: Dane kontaktowe podatnika
        :ivar status_info_podatnika: Status podatnika
        """

        dane_identyfikacyjne: Tpodmiot1 = field(
            metadata={
                "name": "DaneIdentyfikacyjne",
                "type": "Element",
            }
        )
        adres: Tadres = field(
            metadata={
                "name": "Adres",
                "type": "Element",
            }
        )
        adres_koresp: None | Tadres = field(
            default=None,
            metadata={
                "name": "AdresKoresp",
                "type": "Element",
            },
        )
        dane_kontaktowe: list[Faktura.Podmiot2.DaneKontaktowe] = field(
            default_factory=list,
            metadata={
                "name": "DaneKontaktowe",
                "type": "Element",
                "max_occurs": 3,
            },
        )
        status_info_podatnika: None | TstatusInfoPodatnika = field(
            default=None,
            metadata={
                "name": "StatusInfoPodatnika",
                "type": "Element",
            },
        )

        @dataclass(kw_only=True)
        class DaneKontaktowe:
            """
            :ivar email: Adres e-mail podatnika
            :ivar telefon: Numer telefonu podatnika
            """

            email: None | str = field(
                default=None,
                metadata={
                    "name": "Email",
                    "type": "Element",
                    "min_length": 3,
                    "max_length": 255,
                },
            )
            telefon: None | str = field(
                default=None,
                metadata={
                    "name": "Telefon",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 16,
                },
            )

    @dataclass(kw_only=True)
    class Podmiot3:
        """
        :ivar dane_identyfikacyjne: Dane identyfikujące podmiot trzeci
        :ivar adres: Adres podmiotu trzeciego
        :ivar adres_koresp: Adres korespondencyjny podmiotu trzeciego
        :ivar dane_kontaktowe: Dane kontaktowe podmiotu trzeciego
        :ivar rola: Rola podmiotu
        :ivar rola_inna: Znacznik innego podmiotu: 1 - Inny podmiot
        :ivar opis_roli: Opis roli podmiotu - w przypadku wyboru roli jako Inny podmiot
        """

        dane_identyfikacyjne: Tpodmiot3 = field(
            metadata={
                "name": "DaneIdentyfikacyjne",
                "type": "Element",
            }
        )
        adres: None | Tadres = field(
            default=None,
            metadata={
                "name": "Adres",
                "type": "Element",
            },
        )
        adres_koresp: None | Tadres = field(
            default=None,
            metadata={
                "name": "AdresKoresp",
                "type": "Element",
            },
        )
        dane_kontaktowe: list[Faktura.Podmiot3.DaneKontaktowe] = field(
            default_factory=list,
            metadata={
                "name": "DaneKontaktowe",
                "type": "Element",
                "max_occurs": 3,
            },
        )
        rola: None | TrolaPodmiotu3 = field(
            default=None,
            metadata={
                "name": "Rola",
                "type": "Element",
            },
        )
        rola_inna: None | Twybor1 = field(
            default=None,
            metadata={
                "name": "RolaInna",
                "type": "Element",
            },
        )
        opis_roli: None | str = field(
            default=None,
            metadata={
                "name": "OpisRoli",
                "type": "Element",
                "min_length": 1,
                "max_length": 256,
            },
        )

        @dataclass(kw_only=True)
        class DaneKontaktowe:
            """
            :ivar email: Adres e-mail podmiotu trzeciego
            :ivar telefon: Numer telefonu podmiotu trzeciego
            """

            email: None | str = field(
                default=None,
                metadata={
                    "name": "Email",
                    "type": "Element",
                    "min_length": 3,
                    "max_length": 255,
                },
            )
            telefon: None | str = field(
                default=None,
                metadata={
                    "name": "Telefon",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 16,
                },
            )

    @dataclass(kw_only=True)
    class FakturaRr:
        """
        :ivar kod_waluty: Kod waluty (ISO 4217)
        :ivar p_1_m: Miejsce wystawienia faktury
        :ivar p_4_a: Data dokonania nabycia. Pole wypełnia się w przypadku, gdy dla wszystkich pozycji faktury
            data jest wspólna
        :ivar p_4_b: Data wystawienia faktury
        :ivar p_4_c: Kolejny numer faktury
        :ivar p_11_1: Wartość nabytych produktów rolnych lub usług rolniczych. W przypadku faktur korygujących -
            kwota różnicy, o której mowa w art. 116 ust. 5e pkt 5 ustawy
        :ivar p_11_1_w: W przypadku gdy faktura jest wystawiona w walucie obcej - wartość nabytych produktów
            rolnych lub usług rolniczych, przeliczona zgodnie z art. 116 ust. 2b i 2c ustawy. W przypadku faktur
            korygujących - kwota różnicy, o której mowa w art. 116 ust. 5e pkt 5 ustawy
        :ivar p_11_2: Kwota zryczałtowanego zwrotu podatku. W przypadku faktur korygujących - kwota różnicy, o
            której mowa w art. 116 ust. 5e pkt 5 ustawy
        :ivar p_11_2_w: W przypadku gdy faktura jest wystawiona w walucie obcej - kwota zryczałtowanego zwrotu
            podatku, przeliczona zgodnie z art. 116 ust. 2b i 2c ustawy. W przypadku faktur korygujących - kwota
            różnicy, o której mowa w art. 116 ust. 5e pkt 5 ustawy
        :ivar p_12_1: Kwota należności ogółem wraz z kwotą zryczałtowanego zwrotu podatku, wyrażona cyfrowo. W
            przypadku faktur korygujących – kwota różnicy kwoty należności ogółem z kwotą zryczałtowanego zwrotu
            podatku
        :ivar p_12_1_w: Kwota należności ogółem wraz z kwotą zryczałtowanego zwrotu podatku, wyrażona cyfrowo w
            PLN, przeliczona zgodnie z art. 116 ust. 2b ustawy. W przypadku faktur korygujących – kwota różnicy
            kwoty należności ogółem z kwotą zryczałtowanego zwrotu podatku przeliczona zgodnie z art. 116 ust. 2b
            ustawy
        :ivar p_12_2: Kwota należności ogółem wraz z kwotą zryczałtowanego zwrotu podatku, wyrażona słownie. W
            przypadku faktur korygujących – kwota różnicy kwoty należności ogółem z kwotą zryczałtowanego zwrotu
            podatku
        :ivar rodzaj_faktury: Rodzaj faktury: VAT_RR - pierwotna; KOR_VAT_RR - korygująca
        :ivar przyczyna_korekty: Przyczyna korekty dla faktur korygujących
        :ivar typ_korekty: Typ skutku korekty w ewidencji
        :ivar dane_fa_korygowanej: Dane faktury korygowanej
        :ivar nr_fa_korygowany: Poprawny numer faktury korygowanej w przypadku, gdy przyczyną korekty jest błędny
            numer faktury korygowanej. W polu NrFaKorygowanej należy wówczas wskazać ten błędny numer
        :ivar podmiot1_k: W przypadku korekty danych dostawcy należy podać pełne dane dostawcy występujące na
            fakturze korygowanej. Pole nie dotyczy przypadku korekty błędnego numeru NIP występującego na
            fakturze pierwotnej. Wówczas wymagana jest korekta faktury do wartości zerowych
        :ivar podmiot2_k: W przypadku korekty danych nabywcy występującego jako Podmiot2 należy podać pełne dane
            tego podmiotu występujące na fakturze korygowanej. Korekcie nie podlegają błędne numery
            identyfikujące nabywcę. W przypadku korygowania pozostałych danych nabywcy wskazany numer
            identyfikacyjny ma być tożsamy z numerem w części Podmiot2 faktury korygującej
        :ivar dokument_zaplaty: Dane dokumentu/-ów zapłaty
        :ivar dodatkowy_opis: Pola przeznaczone dla wykazywania dodatkowych danych na fakturze, w tym wymaganych
            przepisami prawa, dla których nie przewidziano innych pól/elementów
        :ivar faktura_rrwiersz: Szczegółowe pozycje faktur VAT RR w walucie, w której wystawiono fakturę. W
            przypadku faktur korygujących pozycje faktury należy wykazać różnice wynikające z korekty
            poszczególnych pozycji lub dane pozycji korygowanych wg stanu przed korektą i po korekcie jako osobne
            wiersze
        :ivar rozliczenie: Dodatkowe rozliczenia na fakturze
        :ivar platnosc: Warunki płatności
        """

        kod_waluty: TkodWaluty = field(
            metadata={
                "name": "KodWaluty",
                "type": "Element",
            }
        )
        p_1_m: None | str = field(
            default=None,
            metadata={
                "name": "P_1M",
                "type": "Element",
                "min_length": 1,
                "max_length": 256,
            },
        )
        p_4_a: None | XmlDate = field(
            default=None,
            metadata={
                "name": "P_4A",
                "type": "Element",
                "min_inclusive": XmlDate(2006, 1, 1),
                "max_inclusive": XmlDate(2050, 1, 1),
            },
        )
        p_4_b: XmlDate = field(
            metadata={
                "name": "P_4B",
                "type": "Element",
                "min_inclusive": XmlDate(2006, 1, 1),
                "max_inclusive": XmlDate(2050, 1, 1),
            }
        )
        p_4_c: str = field(
            metadata={
                "name": "P_4C",
                "type": "Element",
                "min_length": 1,
                "max_length": 256,
            }
        )
        p_11_1: Decimal = field(
            metadata={
                "name": "P_11_1",
                "type": "Element",
                "total_digits": 18,
                "fraction_digits": 2,
            }
        )
        p_11_1_w: None | Decimal = field(
            default=None,
            metadata={
                "name": "P_11_1W",
                "type": "Element",
                "total_digits": 18,
                "fraction_digits": 2,
            },
        )
        p_11_2: Decimal = field(
            metadata={
                "name": "P_11_2",
                "type": "Element",
                "total_digits": 18,
                "fraction_digits": 2,
            }
        )
        p_11_2_w: None | Decimal = field(
            default=None,
            metadata={
                "name": "P_11_2W",
                "type": "Element",
                "total_digits": 18,
                "fraction_digits": 2,
            },
        )
        p_12_1: Decimal = field(
            metadata={
                "name": "P_12_1",
                "type": "Element",
                "total_digits": 18,
                "fraction_digits": 2,
            }
        )
        p_12_1_w: None | Decimal = field(
            default=None,
            metadata={
                "name": "P_12_1W",
                "type": "Element",
                "total_digits": 18,
                "fraction_digits": 2,
            },
        )
        p_12_2: str = field(
            metadata={
                "name": "P_12_2",
                "type": "Element",
                "min_length": 1,
                "max_length": 256,
            }
        )
        rodzaj_faktury: TrodzajFaktury = field(
            metadata={
                "name": "RodzajFaktury",
                "type": "Element",
            }
        )
        przyczyna_korekty: None | str = field(
            default=None,
            metadata={
                "name": "PrzyczynaKorekty",
                "type": "Element",
                "min_length": 1,
                "max_length": 256,
            },
        )
        typ_korekty: None | TtypKorekty = field(
            default=None,
            metadata={
                "name": "TypKorekty",
                "type": "Element",
            },
        )
        dane_fa_korygowanej: list[Faktura.FakturaRr.DaneFaKorygowanej] = field(
            default_factory=list,
            metadata={
                "name": "DaneFaKorygowanej",
                "type": "Element",
                "max_occurs": 50000,
            },
        )
        nr_fa_korygowany: None | str = field(
            default=None,
            metadata={
                "name": "NrFaKorygowany",
                "type": "Element",
                "min_length": 1,
                "max_length": 256,
            },
        )
        podmiot1_k: None | Faktura.FakturaRr.Podmiot1K = field(
            default=None,
            metadata={
                "name": "Podmiot1K",
                "type": "Element",
            },
        )
        podmiot2_k: None | Faktura.FakturaRr.Podmiot2K = field(
            default=None,
            metadata={
                "name": "Podmiot2K",
                "type": "Element",
            },
        )
        dokument_zaplaty: list[Faktura.FakturaRr.DokumentZaplaty] = field(
            default_factory=list,
            metadata={
                "name": "DokumentZaplaty",
                "type": "Element",
                "max_occurs": 50,
            },
        )
        dodatkowy_opis: list[TkluczWartosc] = field(
            default_factory=list,
            metadata={
                "name": "DodatkowyOpis",
                "type": "Element",
                "max_occurs": 10000,
            },
        )
        faktura_rrwiersz: list[Faktura.FakturaRr.FakturaRrwiersz] = field(
            default_factory=list,
            metadata={
                "name": "FakturaRRWiersz",
                "type": "Element",
                "max_occurs": 10000,
            },
        )
        rozliczenie: None | Faktura.FakturaRr.Rozliczenie = field(
            default=None,
            metadata={
                "name": "Rozliczenie",
                "type": "Element",
            },
        )
        platnosc: None | Faktura.FakturaRr.Platnosc = field(
            default=None,
            metadata={
                "name": "Platnosc",
                "type": "Element",
            },
        )

        @dataclass(kw_only=True)
        class DokumentZaplaty:
            """
            :ivar nr_dokumentu: Dane identyfikacyjne dokumentu, o którym mowa w art. 116 ust. 6 pkt 3 ustawy, lub
                dokumentu potwierdzającego dokonanie zapłaty zaliczki, o którym mowa w art. 116 ust. 9 pkt 1 i
                ust. 9b ustawy
            :ivar data_dokumentu: Data dokumentu potwierdzającego dokonanie zapłaty lub zapłaty zaliczki
            """

            nr_dokumentu: str = field(
                metadata={
                    "name": "NrDokumentu",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 256,
                }
            )
            data_dokumentu: None | XmlDate = field(
                default=None,
                metadata={
                    "name": "DataDokumentu",
                    "type": "Element",
                    "min_inclusive": XmlDate(2016, 7, 1),
                    "max_inclusive": XmlDate(2050, 1, 1),
                },
            )

        @dataclass(kw_only=True)
        class FakturaRrwiersz:
            """
            :ivar nr_wiersza_fa: Kolejny numer wiersza faktury
            :ivar uu_id: Uniwersalny unikalny numer wiersza faktury
            :ivar p_4_aa: Data dokonania nabycia. Pole wypełnia się w przypadku, gdy dla poszczególnych pozycji
                faktury występują różne daty
            :ivar p_5: Nazwa nabytego produktu rolnego lub nabytej usługi rolniczej
            :ivar gtin: Globalny numer jednostki handlowej
            :ivar pkwi_u: Symbol Polskiej Klasyfikacji Wyrobów i Usług
            :ivar cn: Symbol Nomenklatury Scalonej
            :ivar p_6_a: Jednostka miary nabytego produktu rolnego lub nabytej usługi rolniczej
            :ivar p_6_b: Ilość nabytego produktu rolnego lub nabytej usługi rolniczej
            :ivar p_6_c: Oznaczenie (opis) klasy lub jakości tego produktu lub nabytej usługi rolniczej
            :ivar p_7: Cena jednostkowa nabytego produktu rolnego lub nabytej usługi rolniczej bez kwoty
                zryczałtowanego zwrotu podatku
            :ivar p_8: Wartość nabytego produktu rolnego lub nabytej usługi rolniczej bez kwoty zryczałtowanego
                zwrotu podatku
            :ivar p_9: Stawka zryczałtowanego zwrotu podatku
            :ivar p_10: Kwota zryczałtowanego zwrotu podatku od wartości nabytego produktu rolnego lub nabytej
                usługi rolniczej
            :ivar p_11: Wartość nabytego produktu rolnego lub nabytej usługi rolniczej wraz z kwotą
                zryczałtowanego zwrotu podatku
            :ivar stan_przed: Znacznik stanu przed korektą w przypadku faktury korygującej, gdy korekta dotyczy
                danych wykazanych w pozycjach faktury i wystawiana jest w sposób polegający na wykazaniu danych
                przed korektą i po korekcie jako osobnych wierszy z odrębną numeracją oraz w przypadku
                potwierdzania braku zmiany wartości danej pozycji
            :ivar kurs_waluty: Kurs waluty stosowany do wyliczenia zwrotu podatku w przypadkach, o których mowa w
                art. 116 ust. 2b ustawy
            """

            nr_wiersza_fa: int = field(
                metadata={
                    "name": "NrWierszaFa",
                    "type": "Element",
                    "min_exclusive": 0,
                    "total_digits": 14,
                    "white_space": "collapse",
                }
            )
            uu_id: None | str = field(
                default=None,
                metadata={
                    "name": "UU_ID",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 50,
                },
            )
            p_4_aa: None | XmlDate = field(
                default=None,
                metadata={
                    "name": "P_4AA",
                    "type": "Element",
                    "min_inclusive": XmlDate(2006, 1, 1),
                    "max_inclusive": XmlDate(2050, 1, 1),
                },
            )
            p_5: str = field(
                metadata={
                    "name": "P_5",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 256,
                }
            )
            gtin: None | str = field(
                default=None,
                metadata={
                    "name": "GTIN",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 20,
                },
            )
            pkwi_u: None | str = field(
                default=None,
                metadata={
                    "name": "PKWiU",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 50,
                },
            )
            cn: None | str = field(
                default=None,
                metadata={
                    "name": "CN",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 50,
                },
            )
            p_6_a: str = field(
                metadata={
                    "name": "P_6A",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 256,
                }
            )
            p_6_b: Decimal = field(
                metadata={
                    "name": "P_6B",
                    "type": "Element",
                    "total_digits": 22,
                    "fraction_digits": 6,
                }
            )
            p_6_c: str = field(
                metadata={
                    "name": "P_6C",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 256,
                }
            )
            p_7: Decimal = field(
                metadata={
                    "name": "P_7",
                    "type": "Element",
                    "total_digits": 22,
                    "fraction_digits": 8,
                }
            )
            p_8: Decimal = field(
                metadata={
                    "name": "P_8",
                    "type": "Element",
                    "total_digits": 18,
                    "fraction_digits": 2,
                }
            )
            p_9: TstawkaPodatku = field(
                metadata={
                    "name": "P_9",
                    "type": "Element",
                }
            )
            p_10: Decimal = field(
                metadata={
                    "name": "P_10",
                    "type": "Element",
                    "total_digits": 18,
                    "fraction_digits": 2,
                }
            )
            p_11: Decimal = field(
                metadata={
                    "name": "P_11",
                    "type": "Element",
                    "total_digits": 18,
                    "fraction_digits": 2,
                }
            )
            stan_przed: None | Twybor1 = field(
                default=None,
                metadata={
                    "name": "StanPrzed",
                    "type": "Element",
                },
            )
            kurs_waluty: None | Decimal = field(
                default=None,
                metadata={
                    "name": "KursWaluty",
                    "type": "Element",
                    "total_digits": 22,
                    "fraction_digits": 6,
                },
            )

        @dataclass(kw_only=True)
        class Rozliczenie:
            """
            :ivar obciazenia: Obciążenia
            :ivar suma_obciazen: Suma obciążeń
            :ivar odliczenia: Odliczenia
            :ivar suma_odliczen: Suma odliczeń
            :ivar do_zaplaty: Kwota należności do zapłaty równa polu P_12_1 powiększonemu o Obciazenia i
                pomniejszonemu o Odliczenia
            :ivar do_rozliczenia: Kwota nadpłacona do rozliczenia/zwrotu
            """

            obciazenia: list[Faktura.FakturaRr.Rozliczenie.Obciazenia] = field(
                default_factory=list,
                metadata={
                    "name": "Obciazenia",
                    "type": "Element",
                    "max_occurs": 100,
                },
            )
            suma_obciazen: None | Decimal = field(
                default=None,
                metadata={
                    "name": "SumaObciazen",
                    "type": "Element",
                    "total_digits": 18,
                    "fraction_digits": 2,
                },
            )
            odliczenia: list[Faktura.FakturaRr.Rozliczenie.Odliczenia] = field(
                default_factory=list,
                metadata={
                    "name": "Odliczenia",
                    "type": "Element",
                    "max_occurs": 100,
                },
            )
            suma_odliczen: None | Decimal = field(
                default=None,
                metadata={
                    "name": "SumaOdliczen",
                    "type": "Element",
                    "total_digits": 18,
                    "fraction_digits": 2,
                },
            )
            do_zaplaty: None | Decimal = field(
                default=None,
                metadata={
                    "name": "DoZaplaty",
                    "type": "Element",
                    "total_digits": 18,
                    "fraction_digits": 2,
                },
            )
            do_rozliczenia: None | Decimal = field(
                default=None,
                metadata={
                    "name": "DoRozliczenia",
                    "type": "Element",
                    "total_digits": 18,
                    "fraction_digits": 2,
                },
            )

            @dataclass(kw_only=True)
            class Obciazenia:
                """
                :ivar kwota: Kwota doliczona do kwoty wykazanej w polu P_12_1
                :ivar powod: Powód obciążenia
                """

                kwota: Decimal = field(
                    metadata={
                        "name": "Kwota",
                        "type": "Element",
                        "total_digits": 18,
                        "fraction_digits": 2,
                    }
                )
                powod: str = field(
                    metadata={
                        "name": "Powod",
                        "type": "Element",
                        "min_length": 1,
                        "max_length": 256,
                    }
                )

            @dataclass(kw_only=True)
            class Odliczenia:
                """
                :ivar kwota: Kwota odliczona od kwoty wykazanej w polu P_12_1
                :ivar powod: Powód odliczenia
                """

                kwota: Decimal = field(
                    metadata={
                        "name": "Kwota",
                        "type": "Element",
                        "total_digits": 18,
                        "fraction_digits": 2,
                    }
                )
                powod: str = field(
                    metadata={
                        "name": "Powod",
                        "type": "Element",
                        "min_length": 1,
                        "max_length": 256,
                    }
                )

        @dataclass(kw_only=True)
        class Platnosc:
            """
            :ivar forma_platnosci: Forma płatności
            :ivar platnosc_inna: Znacznik innej formy płatności: 1 - inna forma płatności
            :ivar opis_platnosci: Uszczegółowienie innej formy płatności
            :ivar rachunek_bankowy1: Numer rachunku rolnika
            :ivar rachunek_bankowy2: Numer rachunku nabywcy
            :ivar ipkse_f: Identyfikator płatności Krajowego Systemu e-Faktur
            :ivar link_do_platnosci: Link do płatności bezgotówkowej
            """

            forma_platnosci: None | TformaPlatnosci = field(
                default=None,
                metadata={
                    "name": "FormaPlatnosci",
                    "type": "Element",
                },
            )
            platnosc_inna: None | Twybor1 = field(
                default=None,
                metadata={
                    "name": "PlatnoscInna",
                    "type": "Element",
                },
            )
            opis_platnosci: None | str = field(
                default=None,
                metadata={
                    "name": "OpisPlatnosci",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 256,
                },
            )
            rachunek_bankowy1: list[TrachunekBankowy] = field(
                default_factory=list,
                metadata={
                    "name": "RachunekBankowy1",
                    "type": "Element",
                    "max_occurs": 3,
                },
            )
            rachunek_bankowy2: list[TrachunekBankowy] = field(
                default_factory=list,
                metadata={
                    "name": "RachunekBankowy2",
                    "type": "Element",
                    "max_occurs": 3,
                },
            )
            ipkse_f: None | str = field(
                default=None,
                metadata={
                    "name": "IPKSeF",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 13,
                },
            )
            link_do_platnosci: None | str = field(
                default=None,
                metadata={
                    "name": "LinkDoPlatnosci",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 512,
                },
            )

        @dataclass(kw_only=True)
        class DaneFaKorygowanej:
            """
            :ivar data_wyst_fa_korygowanej: Data wystawienia faktury korygowanej
            :ivar nr_fa_korygowanej: Numer faktury korygowanej
            :ivar nr_kse_f: Znacznik numeru KSeF faktury korygowanej
            :ivar nr_kse_ffa_korygowanej: Numer identyfikujący fakturę korygowaną w KSeF
            :ivar nr_kse_fn: Znacznik faktury korygowanej wystawionej poza KSeF
            """

            data_wyst_fa_korygowanej: XmlDate = field(
                metadata={
                    "name": "DataWystFaKorygowanej",
                    "type": "Element",
                    "min_inclusive": XmlDate(2006, 1, 1),
                    "max_inclusive": XmlDate(2050, 1, 1),
                }
            )
            nr_fa_korygowanej: str = field(
                metadata={
                    "name": "NrFaKorygowanej",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 256,
                }
            )
            nr_kse_f: None | Twybor1 = field(
                default=None,
                metadata={
                    "name": "NrKSeF",
                    "type": "Element",
                },
            )
            nr_kse_ffa_korygowanej: None | str = field(
                default=None,
                metadata={
                    "name": "NrKSeFFaKorygowanej",
                    "type": "Element",
                },
            )
            nr_kse_fn: None | Twybor1 = field(
                default=None,
                metadata={
                    "name": "NrKSeFN",
                    "type": "Element",
                },
            )

        @dataclass(kw_only=True)
        class Podmiot1K:
            """
            :ivar dane_identyfikacyjne: Dane identyfikujące dostawcę
            :ivar adres: Adres dostawcy
            """

            dane_identyfikacyjne: Tpodmiot1 = field(
                metadata={
                    "name": "DaneIdentyfikacyjne",
                    "type": "Element",
                }
            )
            adres: Tadres = field(
                metadata={
                    "name": "Adres",
                    "type": "Element",
                }
            )

        @dataclass(kw_only=True)
        class Podmiot2K:
            """
            :ivar dane_identyfikacyjne: Dane identyfikujące nabywcę
            :ivar adres: Adres nabywcy
            """

            dane_identyfikacyjne: Tpodmiot1 = field(
                metadata={
                    "name": "DaneIdentyfikacyjne",
                    "type": "Element",
                }
            )
            adres: Tadres = field(
                metadata={
                    "name": "Adres",
                    "type": "Element",
                }
            )

    @dataclass(kw_only=True)
    class Stopka:
        """
        :ivar informacje: Pozostałe informacje
        :ivar rejestry: Numery podmiotu lub grupy podmiotów w innych rejestrach i bazach danych
        """

        informacje: list[Faktura.Stopka.Informacje] = field(
            default_factory=list,
            metadata={
                "name": "Informacje",
                "type": "Element",
                "max_occurs": 3,
            },
        )
        rejestry: list[Faktura.Stopka.Rejestry] = field(
            default_factory=list,
            metadata={
                "name": "Rejestry",
                "type": "Element",
                "max_occurs": 100,
            },
        )

        @dataclass(kw_only=True)
        class Informacje:
            """
            :ivar stopka_faktury: Stopka faktury
            """

            stopka_faktury: None | str = field(
                default=None,
                metadata={
                    "name": "StopkaFaktury",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 3500,
                },
            )

        @dataclass(kw_only=True)
        class Rejestry:
            """
            :ivar pelna_nazwa: Pełna nazwa
            :ivar krs: KRS
            :ivar regon: REGON
            :ivar bdo: BDO
            """

            pelna_nazwa: None | str = field(
                default=None,
                metadata={
                    "name": "PelnaNazwa",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 256,
                },
            )
            krs: None | str = field(
                default=None,
                metadata={
                    "name": "KRS",
                    "type": "Element",
                },
            )
            regon: None | str = field(
                default=None,
                metadata={
                    "name": "REGON",
                    "type": "Element",
                },
            )
            bdo: None | str = field(
                default=None,
                metadata={
                    "name": "BDO",
                    "type": "Element",
                    "min_length": 1,
                    "max_length": 9,
                },
            )
