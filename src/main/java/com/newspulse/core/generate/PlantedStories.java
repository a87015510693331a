package com.newspulse.core.generate;

/**
 * Templates of the planted trends. These are the only templates that name Huawei or Toyota or use
 * export-control wording, so a mention's share is exactly the planted probability.
 */
final class PlantedStories {

  private PlantedStories() {}

  /**
   * The burst story. Its lead always says "export controls", "China" and Nvidia, and the two
   * required sentences add the agency (Commerce Department / BIS) and the H20, each in a sentence
   * that also carries the theme words.
   */
  static final StoryKit EXPORT_CONTROLS =
      new StoryKit(
          "EXPORT_CONTROLS",
          0,
          Template.all(
              "United States tightens export controls on Nvidia chips bound for China",
              "Commerce Department adds Chinese firms to entity list in new chip curbs",
              "Nvidia H20 sales to China hit by new export restrictions",
              "China vows response to new export controls on NVIDIA processors"),
          Template.all(
              "The Commerce Department announced new export controls on {weekday} that will require"
                  + " licenses for sales of Nvidia’s H20 artificial intelligence chips to China.",
              "The United States tightened export controls on advanced semiconductors on {weekday}, a"
                  + " move that Nvidia said would cut its sales to China by about {money}.",
              "China condemned the latest export controls from Washington on {weekday}, saying the"
                  + " restrictions on NVIDIA processors would disrupt global supply chains."),
          new Template[][] {
            Template.all(
                "The Bureau of Industry and Security (BIS), the Commerce Department unit that"
                    + " administers export controls, added {few} companies in China to its entity"
                    + " list.",
                "Under the new export restrictions, companies must obtain a license from the Commerce"
                    + " Department before shipping advanced chips to China or to any firm on the"
                    + " entity list.",
                "The Bureau of Industry and Security (BIS) said the chip curbs were meant to keep China"
                    + " from using American technology to build advanced military systems."),
            Template.all(
                "Nvidia said it expected a charge of about $5.5 billion related to H20 inventory after"
                    + " the export restrictions on sales to China took effect.",
                "The H20 was designed by NVIDIA to comply with earlier export controls and had become"
                    + " its best-selling chip in China.",
                "Jensen Huang said the chip curbs had cost Nvidia billions of dollars in lost H20 sales"
                    + " in China.")
          },
          Template.all(
              "China’s commerce ministry said it would take necessary measures to protect Chinese"
                  + " companies affected by the export controls.",
              "Analysts at {bank} estimated that the export restrictions could cut Nvidia’s data"
                  + " center revenue by {pct}.",
              "Shares of Nvidia {move} {pct} on {weekday}, and AMD and ASML also {move} on concerns"
                  + " about the chip curbs.",
              "Lawmakers in Washington urged the Commerce Department to close loopholes that let"
                  + " Chinese firms obtain restricted chips through third countries.",
              "Companies added to the entity list include several Chinese cloud providers and chip"
                  + " designers, according to a Federal Register notice.",
              "Donald Trump said the export controls were needed to protect national security.",
              "Beijing responded to the export controls by restricting shipments of gallium and"
                  + " germanium, minerals used in chipmaking.",
              "Lisa Su said AMD would comply with the export controls and seek licenses to sell its"
                  + " MI308 chips in China.",
              "Industry groups warned that broad export restrictions could push Chinese buyers toward"
                  + " domestic suppliers."));

  /** Huawei ramp sentences; none uses export-control wording (that would leak into the burst). */
  static final Template[] HUAWEI =
      Template.all(
          "Huawei's smartphone shipments in China rose {pct} in the {quarter}, according to market"
              + " research firm Canalys.",
          "Huawei’s Ascend AI processors are gaining customers among Chinese cloud providers,"
              + " industry executives said.",
          "Huawei unveiled a new foldable smartphone on {weekday}, priced at about {price}.",
          "Shenzhen-based Huawei reported revenue of {money} for the first half, up {pct} from a year"
              + " earlier.",
          "Huawei said its HarmonyOS operating system now runs on more than one billion devices.",
          "Huawei's cloud unit signed agreements with several carmakers in China to supply"
              + " driver-assistance software.");

  /** Toyota steady-state sentences: the same 6% every day, never tied to a story type. */
  static final Template[] TOYOTA =
      Template.all(
          "Toyota said on {weekday} it would keep its global production plan unchanged, citing steady"
              + " demand for hybrid vehicles.",
          "Toyota Motor's sales in North America rose {pct} last month, led by its hybrid models.",
          "Toyota plans to invest {money} in a battery plant in North Carolina, the company said.",
          "Toyota remained the world’s best-selling carmaker by volume, ahead of Volkswagen.",
          "Shares of Toyota {move} {smallpct} in Tokyo trading.",
          "Toyota said recall costs would have a limited impact on its earnings this year.");
}
