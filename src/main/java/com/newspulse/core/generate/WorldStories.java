package com.newspulse.core.generate;

/** Background story types about politics, technology, conflict, climate and autos. */
final class WorldStories {

  private WorldStories() {}

  static final StoryKit ELECTIONS =
      StoryKit.background(
          "ELECTIONS",
          7,
          new String[] {
            "Voters in {@voters} head to the polls in closely watched election",
            "{@voters} election: opposition gains ground in final polls",
            "Ruling party in {@voters} claims victory as votes are counted"
          },
          new String[] {
            "Voters in {@voters} went to the polls on {weekday} in an election that analysts said would"
                + " shape economic policy for years, with surveys showing a tight race.",
            "The ruling party in {@voters} claimed victory on {weekday}, although official results were"
                + " still being tallied and the opposition said it would wait for the final count.",
            "Opposition leaders in {@voters} stepped up their campaign on {weekday}, promising lower"
                + " taxes and higher public investment ahead of the vote."
          },
          new String[] {
            "Turnout was about {pct}, according to the electoral commission, higher than in the"
                + " previous national election.",
            "The latest survey put the governing coalition at {pct}, roughly level with the main"
                + " opposition bloc.",
            "Investors have been watching the vote closely because of its implications for fiscal"
                + " policy and the budget deficit.",
            "Campaign spending reached a record {money}, according to figures published by election"
                + " monitors.",
            "{leader} congratulated the winner in a statement and said the two countries would deepen"
                + " cooperation.",
            "International observers said the vote was largely orderly, although they noted reports of"
                + " long queues at polling stations.",
            "The currency {move} {smallpct} as early results came in.",
            "Coalition talks could take weeks, analysts at {bank} said, adding that markets would focus"
                + " on who becomes finance minister."
          });

  static final StoryKit AI =
      StoryKit.background(
          "AI",
          11,
          new String[] {
            "{@techco} unveils new artificial intelligence model",
            "{@techco} to spend {money} on AI data centers",
            "Artificial intelligence spending boom lifts {chipco}"
          },
          new String[] {
            "{@techco} unveiled a new artificial intelligence model on {weekday}, saying it"
                + " outperformed earlier systems on coding and reasoning tasks.",
            "{@techco} said on {weekday} it plans to spend {money} on data centers this year to meet"
                + " demand for artificial intelligence services.",
            "{techexec} said on {weekday} that demand for artificial intelligence computing was still"
                + " outstripping supply, as companies race to build larger models."
          },
          new String[] {
            "The company said the model would be available to business customers through its cloud"
                + " platform, priced from {smallmoney} per million tokens.",
            "Spending on AI infrastructure by the largest technology companies could reach up to $500"
                + " billion next year, according to estimates from {bank}.",
            "{techexec} told analysts that the company’s AI revenue had grown {pct} from a year"
                + " earlier.",
            "Regulators in the European Union are finalizing rules under the AI Act that require"
                + " developers to disclose how their most powerful models are trained.",
            "Microsoft and OpenAI have revised the terms of their partnership several times as the"
                + " startup sought more computing capacity.",
            "The data center buildout has raised concerns about electricity demand, with some"
                + " utilities in the United States warning of grid constraints.",
            "Shares of {chipco} {move} {pct} after the announcement, extending this year’s gains.",
            "Chatbots and coding assistants have been the fastest-growing uses of generative"
                + " artificial intelligence, analysts at {bank} wrote."
          });

  static final StoryKit SEMICONDUCTORS =
      StoryKit.background(
          "SEMICONDUCTORS",
          8,
          new String[] {
            "{@chipco} shares {move} on strong demand for AI chips",
            "TSMC to build {money} chip plant in {@fab}",
            "Chipmakers race to expand capacity for advanced packaging"
          },
          new String[] {
            "{@chipco} said on {weekday} it would invest {money} to expand production of advanced"
                + " chips, as demand for processors used in artificial intelligence continued to surge.",
            "Taiwan Semiconductor Manufacturing Co (TSMC) reported a {pct} rise in monthly revenue on"
                + " {weekday}, driven by orders for chips used in AI servers.",
            "{chipexec} said on {weekday} that supply of the company’s most advanced processors would"
                + " remain tight well into next year."
          },
          new String[] {
            "TSMC, the world’s largest contract chipmaker, produces most of the advanced processors"
                + " designed by Nvidia, AMD and Apple.",
            "Samsung Electronics said it had begun mass production of its latest high-bandwidth memory"
                + " chips, used alongside AI accelerators.",
            "Intel has been trying to win outside customers for its foundry business as it works to"
                + " regain its manufacturing lead.",
            "The CHIPS and Science Act set aside about $52.7 billion for chip manufacturing and"
                + " research in the United States.",
            "ASML, the Dutch maker of lithography machines, said orders {move} {pct} in the"
                + " {quarter}.",
            "Global semiconductor sales reached {money} in {month}, according to an industry"
                + " association.",
            "{chipexec} said the company was working with customers on chips built on a 2-nanometer"
                + " process.",
            "Analysts at {bank} estimate that spending on chipmaking equipment will rise {pct} next"
                + " year."
          });

  static final StoryKit CONFLICT =
      StoryKit.background(
          "CONFLICT",
          6,
          new String[] {
            "Fighting intensifies in eastern Ukraine",
            "Ceasefire talks stall as strikes continue",
            "NATO allies pledge more air defense support"
          },
          new String[] {
            "Russian forces launched a wave of drone and missile strikes on Ukrainian cities overnight"
                + " into {weekday}, officials in Kyiv said, damaging energy infrastructure.",
            "Ceasefire negotiations mediated by Qatar and Egypt stalled on {weekday}, as fighting in"
                + " Gaza continued and humanitarian agencies warned of worsening shortages.",
            "NATO defense ministers met in Brussels on {weekday} and pledged additional air defense"
                + " systems for Ukraine."
          },
          new String[] {
            "Ukraine’s air force said it had intercepted most of the {few} drones launched during the"
                + " attack.",
            "Volodymyr Zelensky urged Western allies to speed up deliveries of air defense systems.",
            "The Kremlin said it remained open to talks but accused Western governments of prolonging"
                + " the war.",
            "The United Nations said more than {num} people had been displaced by the latest"
                + " fighting.",
            "Attacks on commercial shipping in the Red Sea have forced many carriers to reroute vessels"
                + " around the Cape of Good Hope, adding about ten days to journeys.",
            "Defense stocks in Europe, including Rheinmetall and BAE Systems, {move} {pct} after the"
                + " announcement.",
            "NATO Secretary General Mark Rutte said allies had agreed to raise defense spending"
                + " targets.",
            "The European Union approved a new package of sanctions on Russia aimed at its energy"
                + " revenues."
          });

  static final StoryKit CLIMATE =
      StoryKit.background(
          "CLIMATE",
          4,
          new String[] {
            "Record heat puts pressure on governments to cut emissions",
            "{@country} sets new target for renewable energy",
            "Climate finance talks end without agreement"
          },
          new String[] {
            "{@country} announced on {weekday} that it would aim to generate {pct} of its electricity"
                + " from renewable sources by 2035, part of its plan to cut greenhouse gas emissions.",
            "Global temperatures last month were about 1.5 degrees Celsius above pre-industrial levels,"
                + " the Copernicus Climate Change Service said on {weekday}.",
            "Negotiators at United Nations climate talks failed to agree on {weekday} on how to scale"
                + " up climate finance for developing countries."
          },
          new String[] {
            "The International Energy Agency said investment in clean energy would reach {bigmoney}"
                + " this year, about twice the amount spent on fossil fuels.",
            "Solar and wind capacity added in China last year exceeded that of the rest of the world"
                + " combined.",
            "Insurers estimate that losses from extreme weather reached {money} in the first half of"
                + " the year.",
            "Ursula von der Leyen said the European Union remained committed to climate neutrality by"
                + " 2050.",
            "Carbon prices in the European Union’s emissions trading system {move} to about"
                + " {carbon}.",
            "Scientists warned that the world remained far off track from the goals of the Paris"
                + " Agreement.",
            "Heat waves in {country} have strained power grids and disrupted harvests, officials said.",
            "Companies including Microsoft and Amazon have signed long-term contracts to buy power from"
                + " wind and solar projects."
          });

  static final StoryKit AUTOS =
      StoryKit.background(
          "AUTOS",
          5,
          new String[] {
            "{@carco} deliveries {move} in the {@quarter}",
            "Electric vehicle price war intensifies in China",
            "{@carco} to cut costs as demand for electric cars slows"
          },
          new String[] {
            "{@carco} said on {weekday} that vehicle deliveries {move} {pct} in the {@quarter}, as"
                + " competition in the electric vehicle market intensified.",
            "BYD cut prices on more than a dozen models on {weekday}, deepening a price war in China’s"
                + " electric vehicle market that has squeezed profits across the industry.",
            "{autoexec} said on {weekday} the company would launch a cheaper electric model next year"
                + " to revive sales growth."
          },
          new String[] {
            "Tesla’s share of the European electric car market fell to {pct} in {month}, according to"
                + " industry data.",
            "Volkswagen said it would cut costs by {money} as it faces weaker demand in Europe and"
                + " China.",
            "Sales of battery electric vehicles in the European Union rose {pct} in {month} from a"
                + " year earlier.",
            "Analysts at {bank} said price cuts had eroded margins across the industry.",
            "{autoexec} told investors that the company's self-driving plans remained on track.",
            "Hyundai and General Motors agreed to co-develop vehicles and share supply chains to lower"
                + " costs.",
            "Battery makers including CATL and LG Energy Solution have expanded production in Hungary"
                + " and the United States.",
            "Car sales in {country} {move} {pct} last month, industry figures showed."
          });
}
