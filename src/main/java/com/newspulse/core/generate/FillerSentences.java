package com.newspulse.core.generate;

/** Theme-neutral sentences that pad articles to their drawn length. */
final class FillerSentences {

  private FillerSentences() {}

  static final Template[] ALL =
      Template.all(
          "The company did not respond to a request for comment.",
          "Officials declined to give further details.",
          "The figures could not be independently verified.",
          "Analysts at {bank} said the outlook remained uncertain.",
          "Further details are expected in the coming weeks.",
          "Markets in {city} were little changed in early trading.",
          "The announcement came as investors awaited data on employment and consumer spending.",
          "Economists expect growth in {country} of about {smallpct} this year.",
          "A spokesperson said the company remained confident in its long-term strategy.",
          "The decision follows months of consultations with industry groups and labor unions.",
          "Some analysts cautioned against reading too much into a single month of data.",
          "Executives are scheduled to discuss the outlook with investors on {weekday}.",
          "The government in {country} is expected to publish updated forecasts in {month}.",
          "Consumer confidence in {country} {move} to its {extreme} level in {span}, a survey showed.",
          "Business leaders said clearer rules would help companies plan investments.",
          "The International Monetary Fund has forecast global growth of {smallpct} for this year.",
          "Officials said they would review the situation again in {month}.",
          "Critics said the plan lacked detail on how it would be financed.",
          "The move was welcomed by industry groups, which had lobbied for the change for years.",
          "It was not immediately clear how the changes would affect smaller companies.",
          "Nestlé and Unilever have both warned that shoppers remain sensitive to price increases.",
          "Recep Tayyip Erdoğan said on {weekday} that Turkey would keep pursuing a balanced foreign"
              + " policy.",
          "Société Générale economists said they expected a gradual recovery in the second half.",
          "People familiar with the matter said the discussions were at an early stage.",
          "The report was based on a survey of more than {num} companies.",
          "Supply chain bottlenecks have eased compared with a year ago, but shipping costs remain"
              + " volatile.",
          "“It is too early to declare victory,” one senior official said.",
          "The latest data showed retail sales in {country} {move} {smallpct} in {month}.",
          "Manufacturing activity in {country} contracted for a {ordinal} straight month, a purchasing"
              + " managers' survey showed.",
          "Bond yields in {country} {move} after the data were released.",
          "The statement did not specify a timetable.",
          "Regulators said they were monitoring developments closely.",
          "Investors will look for further clues in the minutes of the latest policy meeting.",
          "The World Bank said developing economies faced the weakest outlook in decades.",
          "Officials in {city} said the talks had been constructive.",
          "The company’s shares {move} {pct} over the past month.",
          "Several lawmakers called for hearings on the issue before the end of {month}.",
          "Economists at {bank} said the numbers were broadly in line with expectations.");
}
