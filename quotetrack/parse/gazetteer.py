"""Place, group and organisation names for the model-free annotator.

Data, not code: compact lower-case lists that :mod:`quotetrack.parse.names`
turns into sets.  Each list is a ``|``-separated string so that it stays short.
"""

from __future__ import annotations


def _names(block: str) -> frozenset[str]:
    """Split a ``|``-separated block into a set of stripped, lower-case names."""
    return frozenset(n.strip().lower() for n in block.split("|") if n.strip())


COUNTRIES = _names("""
afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|
australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|
benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|
burkina faso|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|
chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|
denmark|djibouti|dominica|dominican republic|east timor|ecuador|egypt|el salvador|
equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|
georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|
honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|
jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|
lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|
malaysia|maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|micronesia|
moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|nepal|
netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|
macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|
philippines|poland|portugal|qatar|romania|russia|rwanda|saint lucia|samoa|san marino|
saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|
solomon islands|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|
suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|
trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|
united arab emirates|uae|united kingdom|u.k.|uk|britain|great britain|england|scotland|
wales|northern ireland|united states|united states of america|u.s.|u.s.a.|usa|us|
america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|
hong kong|puerto rico|greenland|crimea|gaza|west bank|tibet|korea|soviet union|ussr
""")

US_STATES = _names("""
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|
georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|
massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|
new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|
oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|
vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia|d.c.|dc|
washington, d.c.
""")

CITIES = _names("""
new york city|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|
dallas|san jose|austin|jacksonville|san francisco|columbus|fort worth|indianapolis|
charlotte|seattle|denver|boston|el paso|detroit|nashville|memphis|portland|las vegas|
louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|atlanta|miami|
oakland|minneapolis|tulsa|cleveland|new orleans|tampa|orlando|pittsburgh|cincinnati|
st. louis|kansas city|omaha|raleigh|richmond|des moines|manchester|charleston|
salt lake city|anchorage|honolulu|buffalo|newark|brooklyn|manhattan|queens|the bronx|
bronx|staten island|palm beach|mar-a-lago|ferguson|charlottesville|flint|scranton|
london|paris|berlin|moscow|beijing|shanghai|tokyo|seoul|pyongyang|tehran|baghdad|
damascus|kabul|jerusalem|tel aviv|cairo|riyadh|dubai|doha|istanbul|ankara|athens|rome|
madrid|barcelona|lisbon|dublin|brussels|amsterdam|the hague|geneva|zurich|vienna|
prague|warsaw|budapest|kyiv|kiev|minsk|stockholm|oslo|copenhagen|helsinki|
mexico city|havana|caracas|bogota|lima|santiago|buenos aires|rio de janeiro|sao paulo|
brasilia|ottawa|toronto|montreal|vancouver|sydney|melbourne|canberra|new delhi|delhi|
mumbai|karachi|islamabad|lahore|dhaka|bangkok|hanoi|manila|jakarta|singapore|
kuala lumpur|taipei|hong kong|osaka|nairobi|lagos|johannesburg|cape town|addis ababa|
khartoum|tripoli|benghazi|beirut|amman|sanaa|aleppo|mosul|raqqa|kandahar|crimea|
sochi|st. petersburg|davos|munich|frankfurt|hamburg|milan|naples|venice|edinburgh|
glasgow|belfast|liverpool|birmingham|strasbourg|marseille|nice|lyon|hanoi|da nang|
singapore|hiroshima|nagasaki|guantanamo|guantanamo bay|fallujah|idlib|homs|gaza city
""")

REGIONS = _names("""
europe|asia|africa|north america|south america|latin america|central america|
the americas|middle east|the middle east|east asia|southeast asia|south asia|
central asia|eastern europe|western europe|scandinavia|the balkans|balkans|caribbean|
the caribbean|persian gulf|the gulf|gulf|arctic|antarctica|siberia|kashmir|
korean peninsula|the west|midwest|the midwest|the south|new england|silicon valley|
wall street|capitol hill|ground zero|sub-saharan africa|the pacific|pacific|atlantic|
the atlantic|mediterranean|the mediterranean|south china sea|rust belt|sun belt|
appalachia|the bay area|bay area|southern california|northern california|eu
""")

#: Provinces and states of other federations ("Nova Scotia", "New South Wales"); not
#: "Victoria", more often a woman's name.
PROVINCES = _names("""
ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|
newfoundland|newfoundland and labrador|prince edward island|yukon|nunavut|
northwest territories|queensland|new south wales|tasmania|western australia|
south australia|northern territory|bavaria|catalonia|punjab|kerala|tamil nadu
""")

#: AP-style state abbreviations ("Sen. Lindsey Graham (R-S.C.)", "Toledo, Ohio").
STATE_ABBREVIATIONS = _names("""
ala.|ariz.|ark.|calif.|colo.|conn.|fla.|ga.|ill.|ind.|kan.|ky.|la.|md.|mass.|mich.|
minn.|miss.|mo.|mont.|neb.|nev.|n.h.|n.j.|n.m.|n.y.|n.c.|n.d.|okla.|ore.|pa.|r.i.|
s.c.|s.d.|tenn.|tex.|vt.|va.|wash.|w.va.|wis.|wyo.
""")

#: Every geo-political name: countries, US states, big cities, regions.
GPE: frozenset[str] = (COUNTRIES | US_STATES | CITIES | REGIONS | PROVINCES
                        | STATE_ABBREVIATIONS)

_NATIONALITIES = """
afghan|albanian|algerian|american|argentine|argentinian|armenian|australian|austrian|
azerbaijani|bahraini|bangladeshi|belarusian|belgian|bolivian|bosnian|brazilian|british|
bulgarian|burmese|cambodian|cameroonian|canadian|chilean|chinese|colombian|congolese|
croatian|cuban|cypriot|czech|danish|dominican|dutch|ecuadorian|egyptian|emirati|english|
eritrean|estonian|ethiopian|european|filipino|finnish|french|georgian|german|ghanaian|
greek|guatemalan|haitian|honduran|hungarian|icelandic|indian|indonesian|iranian|iraqi|
irish|israeli|italian|ivorian|jamaican|japanese|jordanian|kazakh|kenyan|korean|kosovar|
kurdish|kuwaiti|lao|latvian|lebanese|liberian|libyan|lithuanian|malaysian|malian|
maltese|mexican|moldovan|mongolian|moroccan|nepalese|nicaraguan|nigerian|nigerien|
north korean|south korean|norwegian|pakistani|palestinian|panamanian|paraguayan|
persian|peruvian|polish|portuguese|qatari|romanian|russian|rwandan|saudi|scottish|
senegalese|serbian|singaporean|slovak|slovenian|somali|south african|spanish|sudanese|
swedish|swiss|syrian|taiwanese|tajik|thai|tibetan|tunisian|turkish|ugandan|ukrainian|
uruguayan|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean|asian|african|
latino|latina|hispanic|arab|middle eastern|western|soviet|israeli-palestinian|
scot|scotsman|scotswoman|englishman|englishwoman|welshman|welshwoman|irishman|irishwoman|
northern irishman|frenchman|frenchwoman|dutchman|dutchwoman|spaniard|swede|pole|brit|
briton|new zealander|kiwi|aussie|icelander|filipina|argentinean|latin american
"""

_GROUPS = """
democrat|democrats|democratic|republican|republicans|gop|libertarian|libertarians|
independent|independents|conservative|conservatives|liberal|liberals|progressive|
progressives|socialist|socialists|communist|communists|tory|tories|labour|
christian|christians|catholic|catholics|protestant|protestants|evangelical|
evangelicals|muslim|muslims|islamic|islamist|islamists|jewish|jews|jew|hindu|hindus|
sikh|sikhs|buddhist|buddhists|mormon|mormons|sunni|sunnis|shiite|shiites|shia|
kurd|kurds|arabs|latinos|latinas|hispanics|asians|africans|europeans|westerners|
americans|mexicans|russians|chinese|iranians|israelis|palestinians|syrians|iraqis|
scots|swedes|spaniards|new zealanders|kiwis|aussies|latin americans|
afghans|koreans|north koreans|south koreans|canadians|germans|french|brits|britons|
japanese|ukrainians|turks|saudis|cubans|venezuelans|indians|pakistanis|
african american|african americans|african-american|african-americans|
mexican american|mexican-american|asian american|asian-american|native american|
native americans|black americans|white house correspondents
"""

#: Nationality words alone (no groups or religions).
NATIONALITY_WORDS: frozenset[str] = _names(_NATIONALITIES)

#: Nationality, religious and political group words (NORP).
NORP: frozenset[str] = NATIONALITY_WORDS | _names(_GROUPS)

#: Multi-word or single-word organisations with no suffix cue; the second block is the
#: world's wire agencies and best-known foreign papers ("Xinhua said", "Der Spiegel
#: reported"), whose article or shape reads as a person's name otherwise.
ORGS: frozenset[str] = _names("""
white house|pentagon|kremlin|downing street|state department|justice department|supreme court|
secret service|homeland security|department of homeland security|capitol|
federal reserve|the fed|fed|wall street journal|new york times|washington post|
associated press|fox news|cnn|msnbc|nbc news|abc news|cbs news|breitbart news|
huffpost|huffington post|politico|usa today|the hill|axios|vox|buzzfeed|
washington examiner|daily caller|the atlantic|new yorker|the new yorker|
national review|the federalist|newsweek|reuters|bloomberg|ap|afp|
european union|united nations|nato|world bank|world health organization|
international monetary fund|imf|opec|hamas|hezbollah|taliban|isis|isil|al qaeda|
al-qaeda|al-shabab|boko haram|muslim brotherhood|planned parenthood|nra|aclu|
black lives matter|tea party|freedom caucus|obamacare|medicare|medicaid|
twitter|facebook|google|apple|amazon|microsoft|instagram|youtube|tiktok|
goldman sachs|jpmorgan|exxon|exxonmobil|boeing|walmart|trump organization|
xinhua|tass|ria novosti|interfax|itar-tass|kyodo|kyodo news|yonhap|anadolu|efe|ansa|
dpa|agence france-presse|al jazeera|al arabiya|bbc|itv|sky news|nikkei|asahi shimbun|
yomiuri shimbun|haaretz|pravda|izvestia|kommersant|global times|people's daily|china daily|
south china morning post|times of india|der spiegel|die zeit|die welt|
frankfurter allgemeine|süddeutsche zeitung|bild|le monde|le figaro|libération|
la stampa|la repubblica|corriere della sera|el país|el pais|el mundo|
clinton foundation|clinton campaign|trump campaign|trump administration|
obama administration|democratic party|republican party|democratic national committee|
republican national committee|congress|senate|fbi|cia|nsa|doj|dhs|epa|irs|
gop|dnc|rnc|ice|fema|cdc|fda|nih|nasa|sec|ftc|fcc|atf|dea|usps|
""")

#: Last words of organisations whose name includes "The" (The Washington Post).
THE_ORGS: frozenset[str] = _names("""
post|times|journal|hill|guardian|atlantic|economist|telegraph|tribune|herald|gazette|
examiner|observer|independent|blaze|federalist|yorker|intercept|nation|daily beast|beast|
wall street journal|associated press|new york times|washington post|huffington post
""")

#: Well-known people's surnames in political news: a single capitalised match is PERSON.
PERSON_SURNAMES: frozenset[str] = _names("""
trump|clinton|obama|biden|pence|harris|pelosi|mcconnell|schumer|ryan|sanders|warren|
cruz|rubio|kasich|carson|christie|bush|romney|mccain|graham|paul|kaine|podesta|abedin|
comey|mueller|sessions|barr|pompeo|tillerson|mattis|kelly|kushner|bannon|conway|
spicer|sanders|priebus|giuliani|manafort|flynn|cohen|stone|mnuchin|ross|devos|
haley|bolton|mcmaster|esper|kavanaugh|gorsuch|ginsburg|roberts|scalia|thomas|
putin|xi|merkel|macron|may|johnson|netanyahu|erdogan|assad|maduro|kim|trudeau|
duterte|modi|abe|zelensky|zelenskyy|khamenei|rouhani|lavrov|navalny|
ocasio-cortez|omar|tlaib|pressley|aoc|buttigieg|klobuchar|booker|gillibrand|
bloomberg|steyer|yang|gabbard|o'rourke|beto|castro|inslee|hickenlooper|
mccarthy|scalise|jordan|meadows|nunes|schiff|nadler|cummings|waters|feinstein|
durbin|grassley|hatch|collins|murkowski|manchin|flake|corker|lee|hawley|cotton|
reagan|carter|nixon|kennedy|lincoln|washington|roosevelt|jefferson|
hannity|carlson|ingraham|maddow|limbaugh|tapper|cuomo|blitzer|stephanopoulos|
huckabee|gingrich|santorum|perry|walker|fiorina|jindal|pataki|gilmore|
stein|weld|mook|brazile|wasserman|schultz|lewandowski|parscale|stephanopoulos|
""")
