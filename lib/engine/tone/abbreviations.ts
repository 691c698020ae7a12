/**
 * Common Russian and English abbreviations that are written in capitals and read like words, so the
 * letter-shape test of `detectors/shouting.ts` cannot tell them from a raised voice (ОБСЕ, УФСИН,
 * IELTS, NASA). Compiled for this project from general knowledge of public bodies, international
 * organisations, education, finance, technology, transport, the military and sport (no licence
 * applies: a list of names). Brands add their own in the profile (`abbreviations`). Only words of four
 * or more letters matter: shorter ones are never shouting.
 */
const RU = `
ООН ОБСЕ НАТО ЮНЕСКО ЮНИСЕФ ОПЕК ВОЗ МАГАТЭ ЕАЭС ШОС БРИКС АСЕАН МОК ВАДА ФИФА УЕФА ЕСПЧ МУС ОДКБ ЕврАзЭС
СССР РСФСР СНГ США ФРГ ГДР КНР КНДР ОАЭ ЮАР ДНР ЛНР
ФСБ СВР ФСО ГРУ МВД МЧС МИД ФСИН УФСИН ГУФСИН ФССП УФССП ФНС УФНС ИФНС ФАС ФТС ФМС ГУВМ ГИБДД ГАИ ДПС ОВД УВД ГУВД ОМВД
УМВД ГУМВД ОБЭП УБЭП ОБЭиП УЭБиПК ГУЭБиПК ОБНОН УБОП ЦПЭ УУР ОМОН СОБР ППС ОПГ СИЗО ИВС ИК ФКУ ФГУП ФГБУ ФГБОУ ГБУ ГКУ ГУП МУП АНО НКО ОНФ ЦИК ЦБ ЦБР ВЦИОМ ФОМ
РОСПОТРЕБНАДЗОР РОСКОМНАДЗОР РКН РОСРЕЕСТР РОСТЕХНАДЗОР РОСАВИАЦИЯ РОСГВАРДИЯ РОСТЕХ РОСАТОМ РОСНАНО
СК СКР ГП ВС ВКС ВМФ ВДВ РВСН ПВО ПРО ВПК ВСУ СВО ЗРК РСЗО БПЛА БЛА ДРГ ЧВК ТЦК КПП ЗАТО
ГД ГОСДУМА СФ КС ВАС АС ЕГРН ЕГРЮЛ ЕГРИП ЕСИА ГИС ЖКХ ЖКУ ЖСК ТСЖ УК МКД ИЖС СНТ ДНТ
ИНН КПП ОГРН ОГРНИП ОКВЭД ОКПО ОКАТО ОКТМО БИК СНИЛС ОМС ДМС ОСАГО КАСКО НДФЛ НДС УСН ЕНВД ПСН ЕНС ЕНП
СБП НСПК МИР ЭЦП КЭП НЭП ЭДО ККТ ОФД ЕГАИС ЦФА ПИФ ИИС ОФЗ ВВП ВРП ИПЦ МРОТ ПМ
ПАО ОАО ЗАО ООО АО ИП КФХ ГК ТД НПО НИИ КБ ЦНИИ ОКБ РАН РАО РАМН РАЕН ВАК
МГУ СПбГУ МГТУ МФТИ МИФИ МИСИС МГИМО МГЮА РУДН РГГУ НИУ ВШЭ РАНХИГС МГПУ ЛЭТИ ИТМО УрФУ НГУ КФУ ДВФУ ТПУ
ЕГЭ ОГЭ ГИА ВПР ФГОС ДОУ СОШ ВУЗ ВУЗЫ ВУЗА ВУЗОВ ССУЗ ПТУ СПО ОГЭ ЗОЖ ПДД ДТП ЧС ЧП ТЭЦ ГЭС АЭС ГРЭС ЛЭП
ЦАО САО СВАО ВАО ЮВАО ЮАО ЮЗАО ЗАО СЗАО ЗелАО ТиНАО НАО МКАД ЦКАД ТТК МЦК МЦД БКЛ ЖД РЖД МЖД ОРВИ ОРЗ
ВИЧ СПИД ЭКГ МРТ КТ УЗИ ЭКО ЛФК ИВЛ ЦРБ ГКБ НМИЦ ФМБА ФОМС ПФР СФР ФСС МФЦ ЗАГС ЕПГУ
ТАСС РИА ИТАР РБК ВГТРК НТВ ОТР РЕН ТНТ СТС МИЦ ВГИК МХАТ ГИТИС ГАБТ ЦСКА СКА ЦСК КХЛ ВХЛ РФПЛ РПЛ ФНЛ РФС ФХР
КАМАЗ АВТОВАЗ ГАЗ ЗИЛ ЛИАЗ ПАЗ УАЗ ВАЗ ГУМ ЦУМ ВДНХ ЦПКиО ЛУКОЙЛ ГАЗПРОМ РУСАЛ АЛРОСА СИБУР НЛМК ММК ОМК ВТБ ПСБ МТС
АТОР АКИТ РСПП ТПП ФОРШ НАФИ НРА АКАР РАЭК АРПП ИКАО ИАТА МАК ФАУ СДЭК ОЗОН АВИТО КБЖУ ЛДСП МДФ ДСП ПВХ ПЭТ ГОСТ ЗОЗПП ИТАР
АЗС ГСМ ПММ СИМ ГЛОНАСС АПК ТЭК ЖБИ ЧПУ АСУ ИТ ПО ОС ЦОД ИИ ЭВМ ПК БД СУБД ПЗУ ОЗУ СМИ СМС ИЗО ОБЖ
`;

const EN = `
NASA ESA NOAA FEMA FBI CIA NSA DHS TSA FAA FDA CDC NIH IRS SEC FTC FCC DOJ DOD NATO OSCE UNESCO UNICEF OPEC WHO IAEA
IMF WTO OECD ASEAN APEC NAFTA USMCA BRICS FIFA UEFA NBA NFL NHL MLB NCAA WWE UFC IOC WADA NASCAR BAFTA GRAMMY
USSR USA UAE WWI WWII ATACMS HIMARS NASAMS ICBM NORAD ISIS NGO MEP MP GDPR HIPAA CCPA FOIA OSHA
IELTS TOEFL TOEIC CEFR CELTA DELTA TESOL TEFL GMAT GRE SAT ACT GCSE MBA PHD BSC MSC HIIT BMI LDAC ANC AMOLED OLED
HTML CSS JSON YAML HTTP HTTPS SMTP IMAP POP3 FTP SFTP SSH TCP UDP DNS VPN LAN WLAN WIFI WI-FI NFC RFID GPS USB HDMI
JPEG JPG PNG GIF TIFF SVG MPEG PDF DOCX XLSX UTF ASCII UNICODE RAM ROM SSD HDD CPU GPU NPU TPU BIOS UEFI RAID NAS
API SDK IDE CLI GUI URL URI SQL NOSQL CRUD REST SOAP AJAX DOM JWT OAUTH SAML LDAP CORS XSS CSRF DDOS CAPTCHA
SAAS PAAS IAAS AWS GCP CRM ERP SEO SMM KPI ROI OKR MVP B2B B2C FAQ ASAP FYI IMHO AFAIK TBD ETA EOD CEO CFO CTO COO
CMO HR PR QA QE SRE DEVOPS CICD LLM GPT AGI NLP OCR AR VR XR IOT NFT DAO DEFI ICO ETF IPO NASDAQ NYSE FTSE DAX
IBAN SWIFT BIC SEPA ACH VISA MASTERCARD MAESTRO AMEX UNIONPAY JCB PAYPAL CVV CVC PIN OTP SMS MMS RCS ATM POS NFC
EMV KYC AML APR APY FICO USPS UPS FEDEX DHL CDEK EMS TNT IKEA LEGO BMW AUDI FIAT SAAB VOLVO NISSAN HONDA
COVID SARS MERS HIV AIDS MRI ECG EKG ICU ER NHS VAT GST PAYE LLC LTD PLC INC CORP GMBH PJSC OJSC CJSC UTC GMT
PST EST CET MSK EDT PDT BST IMAX DVD CD BLURAY HBO BBC CNN NBC CBS ABC ESPN NPR MTV AMC CNBC BBVA HSBC UBS
`;

/** Upper-case spellings of every listed abbreviation. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `${RU} ${EN}`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.toUpperCase()),
);
