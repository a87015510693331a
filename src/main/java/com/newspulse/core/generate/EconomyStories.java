package com.newspulse.core.generate;

/** Background story types about markets and business. Hand-written; never copied text. */
final class EconomyStories {

  private EconomyStories() {}

  static final StoryKit MARKETS =
      StoryKit.background(
          "MARKETS",
          14,
          new String[] {
            "Stocks {move} as investors weigh the outlook for interest rates",
            "{@index} {move} {pct} in {weekday} trading",
            "Global markets {move} after {@cbank} signals its next step"
          },
          new String[] {
            "{@index} {move} {smallpct} on {weekday} as investors weighed fresh data on inflation and"
                + " the outlook for interest rates.",
            "Global stocks {move} on {weekday}, with {@index} setting the tone as traders reassessed"
                + " their bets on {@cbank}.",
            "Shares of {@bigco} {move} {pct} on {weekday}, the biggest move among large companies as"
                + " investors rotated between {sector} and {sector2} stocks."
          },
          new String[] {
            "The benchmark 10-year U.S. Treasury yield {move} to {yield}, its {extreme} level in"
                + " {span}.",
            "Analysts at {bank} said the market remained sensitive to any sign that {cbank} could keep"
                + " interest rates higher for longer.",
            "Trading volume was about {pct} below the 30-day average, according to data compiled by"
                + " {bank}.",
            "{sector} stocks were among the best performers, while {sector2} shares lagged.",
            "The dollar {move} against a basket of currencies, and gold traded near {gold} an ounce.",
            "“We are in a market that is looking for reasons to be nervous,” said a strategist at"
                + " {bank}.",
            "Investors pulled {money} from equity funds during the week, the largest outflow since"
                + " {month}.",
            "{country}’s benchmark index {move} {smallpct}, its {extreme} close in {span}.",
            "Volatility picked up ahead of the release of {month} payroll figures in the United"
                + " States.",
            "Bond markets in Europe were calmer, with German and Italian yields little changed."
          });

  static final StoryKit ENERGY =
      StoryKit.background(
          "ENERGY",
          9,
          new String[] {
            "Oil prices {move} as {@oilgroup} weighs output plans",
            "{@oilco} to invest {money} in {asset}",
            "Crude oil {move} on supply concerns in {@region}"
          },
          new String[] {
            "Crude oil prices {move} on {weekday}, with Brent trading at {barrel}, as traders weighed"
                + " signals from {@oilgroup} about supply in the coming months.",
            "{@oilco} said on {weekday} it would invest {money} in {asset} over the next five years,"
                + " betting that demand for crude oil and natural gas will hold up.",
            "{@oilgroup} is considering a further change to output targets, people familiar with the"
                + " discussions said on {weekday}, as crude oil hovered near {barrel}."
          },
          new String[] {
            "Brent crude futures settled at {barrel}, while West Texas Intermediate {move} {smallpct}.",
            "Saudi Arabia has carried the largest share of the output cuts, according to estimates from"
                + " the International Energy Agency.",
            "The International Energy Agency said global oil demand would grow by about {num} barrels a"
                + " day this year.",
            "Refiners in {country} have increased purchases of discounted cargoes, traders said.",
            "Analysts at {bank} raised their forecast for Brent to {barrel} for the {quarter}.",
            "Shipping disruptions in {region} added a risk premium of several dollars a barrel,"
                + " according to {bank}.",
            "{oilco} reported that production from its {asset} rose {pct} from a year earlier.",
            "Natural gas prices in Europe {move} {pct} as storage levels stayed above the five-year"
                + " average.",
            "U.S. crude inventories {move} by about {num} barrels last week, government data showed."
          });

  static final StoryKit MONETARY_POLICY =
      StoryKit.background(
          "MONETARY_POLICY",
          10,
          new String[] {
            "{@cbank} holds interest rates steady",
            "{@cbank} cuts rates by {@bps}",
            "Inflation data puts pressure on {@cbank}"
          },
          new String[] {
            "{@cbank} left interest rates unchanged on {weekday}, saying it needed more evidence that"
                + " inflation was moving sustainably back toward its 2% target.",
            "{@cbank} cut its benchmark rate by {@bps} on {weekday}, its first move in {span}, citing a"
                + " cooling labor market.",
            "{cbhead} said on {weekday} that policymakers were in no hurry to change interest rates"
                + " while inflation remained above target."
          },
          new String[] {
            "Consumer prices rose {smallpct} in {month} from a year earlier, slightly above economists'"
                + " expectations.",
            "Futures markets are pricing in about {bps} of cuts by the end of the year.",
            "{cbhead} told reporters that the decision had been unanimous.",
            "The European Central Bank has lowered its deposit rate several times as inflation in the"
                + " euro zone eased.",
            "Policymakers also discussed the pace at which the balance sheet is shrinking, which still"
                + " stands at about {bigmoney}.",
            "Wage growth has slowed to {smallpct}, reducing the risk of a wage-price spiral, economists"
                + " at {bank} said.",
            "Mortgage rates in the United States have hovered near {yield} in recent weeks.",
            "The next policy meeting is scheduled for {month}, and investors will watch the updated"
                + " economic projections closely.",
            "Jerome Powell has repeatedly said the Federal Reserve will not be rushed into cutting"
                + " interest rates."
          });

  static final StoryKit EARNINGS =
      StoryKit.background(
          "EARNINGS",
          12,
          new String[] {
            "{@bigco} profit beats expectations",
            "{@bigco} raises full-year outlook after strong quarter",
            "{@bigco} shares {move} after quarterly results"
          },
          new String[] {
            "{@bigco} reported {quarter} revenue of {money} on {weekday}, up {pct} from a year earlier"
                + " and above analysts' estimates.",
            "{@bigco} raised its full-year forecast on {weekday} after {quarter} profit beat"
                + " expectations, sending its shares up {pct} in extended trading.",
            "{@bigco} said on {weekday} that net income fell {pct} in the {quarter}, as higher costs"
                + " and weaker demand in {country} weighed on margins."
          },
          new String[] {
            "Earnings per share came in at {eps}, compared with the {eps} expected by analysts.",
            "The company announced a new share buyback program of up to {money}.",
            "Gross margin narrowed to {pct}, from {pct} in the same period last year.",
            "The chief financial officer said demand should stabilize in the second half of the year.",
            "Revenue from its cloud division rose {pct}, while sales of hardware declined.",
            "The results follow better-than-expected figures from {bigco} last week, which lifted"
                + " sentiment across the sector.",
            "Analysts at {bank} said the guidance implied {pct} growth next year, which they described"
                + " as conservative.",
            "The company cut about {num} jobs earlier this year as part of a cost-saving plan worth"
                + " {money}.",
            "Apple Inc reported that iPhone sales in {country} {move} {pct}, while its services"
                + " business set another record."
          });

  static final StoryKit MERGERS =
      StoryKit.background(
          "MERGERS",
          7,
          new String[] {
            "{@bigco} agrees to buy {@target} for {money}",
            "{@bigco} in talks to acquire {@target}",
            "Regulators review {@bigco} deal for {@target}"
          },
          new String[] {
            "{@bigco} agreed on {weekday} to acquire {@target} for {money} in cash and stock, the"
                + " latest in a wave of large deals this year.",
            "{@bigco} is in advanced talks to buy {@target}, people familiar with the matter said on"
                + " {weekday}, in a deal that could value the company at about {money}.",
            "Antitrust regulators in the European Union opened an in-depth investigation on {weekday}"
                + " into the proposed purchase of {@target} by {@bigco}."
          },
          new String[] {
            "The offer represents a premium of {pct} to the target’s closing price before the"
                + " announcement.",
            "{adviser} and {bank} are advising on the transaction, which is expected to close in the"
                + " {half}.",
            "Global mergers and acquisitions volume rose {pct} in the first half of the year to about"
                + " {bigmoney}, according to Dealogic.",
            "The deal requires approval from competition authorities in the United States, the"
                + " European Union and China.",
            "Shareholders of the target will receive {eps} per share in cash plus shares in the"
                + " combined company.",
            "The combined company would have annual revenue of about {money} and employ roughly {num}"
                + " people.",
            "Société Générale analysts said the deal made strategic sense but warned that integration"
                + " costs could be higher than expected.",
            "Private equity firms have also been active, with Blackstone and KKR among the most"
                + " frequent bidders this year."
          });

  static final StoryKit TRADE =
      StoryKit.background(
          "TRADE",
          9,
          new String[] {
            "{@country} announces new tariffs on {@goods}",
            "Trade war fears rise as {@country} retaliates",
            "Trade talks between Washington and Beijing resume"
          },
          new String[] {
            "{leader} announced new tariffs of {pct} on imports of {@goods} on {weekday}, escalating a"
                + " trade war that has unsettled markets.",
            "{@country} said on {weekday} it would retaliate against new tariffs on its exports of"
                + " {@goods}, raising fears of a broader trade war.",
            "Trade negotiators from the United States and China met in {city} on {weekday} to discuss"
                + " tariffs and market access, officials said."
          },
          new String[] {
            "The tariffs will apply to about {money} of goods a year, according to government"
                + " estimates.",
            "{official} said the measures were intended to protect domestic industry and jobs.",
            "Economists at {bank} estimate that the tariffs could reduce growth in {country} by"
                + " {smallpct} next year.",
            "The World Trade Organization said global merchandise trade would grow by {smallpct} this"
                + " year, down from an earlier forecast.",
            "Importers in the United States rushed to bring in goods before the new duties took"
                + " effect, lifting port volumes.",
            "The European Union is preparing countermeasures worth up to {money}, diplomats said.",
            "Shares of exporters in {country} {move} after the announcement.",
            "{leader} said a deal was still possible but that unfair trade practices would not be"
                + " tolerated.",
            "Donald Trump has called tariffs a tool to bring manufacturing back to the United States."
          });
}
