package com.newspulse.core.generate;

/**
 * Word lists that fill template slots. Names are real, well-known entities so the entity matcher
 * has something to find. Planted-trend names (Huawei, Toyota, H20, export-control wording) are
 * deliberately absent: they appear only in {@link PlantedStories}.
 */
final class Vocabulary {

  private Vocabulary() {}

  // Possessive-safe: no leading article, so "{country}’s" reads well.
  static final String[] COUNTRIES = {
    "China",
    "Japan",
    "Germany",
    "France",
    "India",
    "Brazil",
    "South Korea",
    "Canada",
    "Mexico",
    "Australia",
    "Saudi Arabia",
    "Turkey",
    "Indonesia",
    "Italy",
    "Vietnam",
    "Poland",
    "Spain",
    "Britain"
  };
  static final String[] CITIES = {
    "Washington", "Beijing", "Tokyo", "Brussels", "Frankfurt", "London", "New York", "Shanghai",
    "Seoul", "Singapore", "Paris", "Berlin", "Mumbai", "Zürich", "São Paulo", "Hong Kong"
  };
  static final String[] INDEXES = {
    "the S&P 500", "the Nasdaq Composite", "the Dow Jones Industrial Average", "the Stoxx 600",
    "Japan’s Nikkei 225", "Hong Kong’s Hang Seng index", "the FTSE 100", "Germany’s DAX",
    "the MSCI Asia-Pacific index"
  };
  static final String[] MOVES = {
    "rose",
    "fell",
    "climbed",
    "slipped",
    "gained",
    "dropped",
    "edged up",
    "edged down",
    "jumped",
    "declined"
  };
  static final String[] BIG_COMPANIES = {
    "Microsoft", "Apple Inc", "Alphabet", "Amazon", "Meta Platforms", "Nestlé", "Walmart",
    "Siemens", "Samsung Electronics", "Sony Group", "Unilever", "Pfizer", "Alibaba", "Tencent",
    "LVMH", "Novo Nordisk", "Oracle", "Netflix", "Procter & Gamble", "Airbus"
  };
  static final String[] BANKS = {
    "Goldman Sachs", "JPMorgan Chase", "Morgan Stanley", "Citigroup", "Barclays", "Deutsche Bank",
    "Société Générale", "BNP Paribas", "UBS", "HSBC", "Nomura", "Bank of America"
  };
  static final String[] ADVISERS = {
    "Lazard",
    "Evercore",
    "Rothschild & Co",
    "Centerview Partners",
    "PJT Partners",
    "Moelis & Company"
  };
  static final String[] SECTORS = {
    "technology",
    "energy",
    "banking",
    "consumer",
    "industrial",
    "healthcare",
    "semiconductor",
    "utility",
    "real estate",
    "retail"
  };
  static final String[] SECTORS_2 = {
    "materials", "telecom", "media", "insurance", "transport", "chemicals"
  };
  static final String[] SPANS = {
    "three weeks", "two months", "six months", "a year", "four months", "more than a year"
  };
  static final String[] EXTREMES = {"highest", "lowest"};
  static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  static final String[] QUARTERS = {
    "first quarter", "second quarter", "third quarter", "fourth quarter"
  };
  static final String[] HALVES = {
    "first half of next year", "second half of the year", "coming months"
  };
  static final String[] OIL_COMPANIES = {
    "ExxonMobil",
    "Chevron",
    "Shell",
    "BP",
    "Saudi Aramco",
    "TotalEnergies",
    "ConocoPhillips",
    "Petrobras",
    "Equinor"
  };
  static final String[] OIL_GROUPS = {
    "OPEC", "OPEC+", "the Organization of the Petroleum Exporting Countries"
  };
  static final String[] ENERGY_ASSETS = {
    "offshore fields in Guyana", "Permian Basin wells", "liquefied natural gas terminals",
    "North Sea fields", "deepwater projects in Brazil", "shale operations in Texas"
  };
  static final String[] REGIONS = {
    "the Red Sea", "the Strait of Hormuz", "the Middle East", "the Black Sea", "North Africa"
  };
  static final String[] ELECTION_COUNTRIES = {
    "Germany",
    "France",
    "Japan",
    "India",
    "Brazil",
    "Poland",
    "South Korea",
    "Canada",
    "Mexico",
    "Indonesia",
    "Argentina",
    "Australia",
    "Britain",
    "Romania",
    "Chile"
  };
  static final String[] LEADERS = {
    "President Donald Trump", "Chinese President Xi Jinping",
    "European Commission President Ursula von der Leyen", "French President Emmanuel Macron",
    "Turkish President Recep Tayyip Erdoğan", "Indian Prime Minister Narendra Modi",
    "German Chancellor Friedrich Merz", "British Prime Minister Keir Starmer",
    "Brazilian President Luiz Inácio Lula da Silva", "Canadian Prime Minister Mark Carney"
  };
  static final String[] TRADE_OFFICIALS = {
    "Treasury Secretary Scott Bessent", "Commerce Secretary Howard Lutnick",
    "Trade Representative Jamieson Greer", "Chinese Vice Premier He Lifeng",
    "EU trade commissioner Maroš Šefčovič"
  };
  static final String[] GOODS = {
    "steel and aluminum",
    "electric vehicles",
    "solar panels",
    "pharmaceuticals",
    "lumber",
    "agricultural products",
    "furniture",
    "auto parts",
    "consumer electronics"
  };
  static final String[] TECH_COMPANIES = {
    "Microsoft",
    "Alphabet",
    "Google",
    "OpenAI",
    "Meta Platforms",
    "Amazon",
    "Anthropic",
    "Baidu",
    "Alibaba",
    "Mistral AI"
  };
  static final String[] TECH_EXECUTIVES = {
    "Microsoft chief executive Satya Nadella", "OpenAI chief executive Sam Altman",
    "Alphabet chief executive Sundar Pichai", "Nvidia chief executive Jensen Huang",
    "Apple chief executive Tim Cook", "Meta chief executive Mark Zuckerberg",
    "Amazon chief executive Andy Jassy"
  };
  static final String[] CHIP_COMPANIES = {
    "Nvidia",
    "NVIDIA",
    "TSMC",
    "Intel",
    "AMD",
    "Samsung Electronics",
    "ASML",
    "Micron Technology",
    "Qualcomm",
    "SK Hynix",
    "Broadcom",
    "Arm Holdings"
  };
  static final String[] CHIP_EXECUTIVES = {
    "Nvidia chief executive Jensen Huang", "AMD chief executive Lisa Su",
    "Intel chief executive Lip-Bu Tan", "Qualcomm chief executive Cristiano Amon",
    "Broadcom chief executive Hock Tan"
  };
  static final String[] FAB_SITES = {
    "Arizona", "Japan", "Germany", "Texas", "Ohio", "Dresden", "Kumamoto"
  };
  static final String[] CENTRAL_BANKS = {
    "the Federal Reserve",
    "the European Central Bank",
    "the Bank of Japan",
    "the Bank of England",
    "the People's Bank of China",
    "the Reserve Bank of India",
    "the Swiss National Bank"
  };
  static final String[] CENTRAL_BANKERS = {
    "Fed Chair Jerome Powell", "ECB President Christine Lagarde",
    "Bank of Japan Governor Kazuo Ueda", "Bank of England Governor Andrew Bailey"
  };
  static final String[] BASIS_POINTS = {
    "25 basis points", "50 basis points", "a quarter of a percentage point", "75 basis points"
  };
  static final String[] CAR_COMPANIES = {
    "Tesla",
    "BYD",
    "Volkswagen",
    "General Motors",
    "Ford",
    "Hyundai",
    "BMW",
    "Stellantis",
    "Mercedes-Benz",
    "Nissan",
    "Geely",
    "Renault"
  };
  static final String[] AUTO_EXECUTIVES = {
    "Tesla chief executive Elon Musk", "General Motors chief executive Mary Barra",
    "BYD chairman Wang Chuanfu", "Ford chief executive Jim Farley",
    "Volkswagen chief executive Oliver Blume"
  };
  static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "sixth"};
  static final String[] TARGETS = {
    "a Dutch payments company", "a US cybersecurity firm", "a Japanese chemicals maker",
    "a German software group", "a British drugmaker", "a Canadian mining company",
    "an Italian luxury brand", "a Swiss medical devices maker"
  };
  static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
}
