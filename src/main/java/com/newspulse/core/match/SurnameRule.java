package com.newspulse.core.match;

import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.text.Folding;
import com.newspulse.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which single word of a person's full-name alias later stands for the person ("Jensen Huang" →
 * "Huang").
 *
 * <p>Usually the last word. Chinese, Korean and Vietnamese names are written surname first ("Xi
 * Jinping", "Tsai Ing-wen", "Kim Jong Un"), but people from the same countries often use a Western
 * order in English ("Morris Chang", "C.C. Wei", "Lawrence Wong"). So for persons of those countries
 * the first word is used only when it is a common romanized surname; otherwise the last word, as
 * for everyone else.
 */
final class SurnameRule {

  /** Countries (KB ids) whose names are commonly written surname first in English-language news. */
  private static final Set<String> SURNAME_FIRST_COUNTRIES =
      Set.of(
          "china",
          "taiwan",
          "hong-kong",
          "macau",
          "south-korea",
          "north-korea",
          "vietnam",
          "singapore");

  /**
   * Common romanized surnames (pinyin, Wade-Giles, Cantonese, Korean, Vietnamese, Hokkien/Teochew).
   */
  private static final Set<String> EAST_ASIAN_SURNAMES =
      Set.of(
          // pinyin
          "Bai",
          "Bo",
          "Cai",
          "Cao",
          "Chen",
          "Cheng",
          "Cui",
          "Deng",
          "Ding",
          "Dong",
          "Du",
          "Duan",
          "Fan",
          "Fang",
          "Feng",
          "Fu",
          "Gao",
          "Gong",
          "Gu",
          "Guo",
          "Han",
          "Hao",
          "He",
          "Hou",
          "Hu",
          "Huang",
          "Jia",
          "Jiang",
          "Jin",
          "Kong",
          "Lei",
          "Li",
          "Liang",
          "Liao",
          "Lin",
          "Liu",
          "Long",
          "Lu",
          "Luo",
          "Lyu",
          "Ma",
          "Mao",
          "Meng",
          "Pan",
          "Peng",
          "Qian",
          "Qin",
          "Qiu",
          "Ren",
          "Shao",
          "Shen",
          "Shi",
          "Song",
          "Su",
          "Sun",
          "Tan",
          "Tang",
          "Tian",
          "Wan",
          "Wang",
          "Wei",
          "Wen",
          "Wu",
          "Xi",
          "Xia",
          "Xiao",
          "Xie",
          "Xiong",
          "Xu",
          "Yan",
          "Yang",
          "Yao",
          "Ye",
          "Yi",
          "Yin",
          "Yu",
          "Yuan",
          "Zeng",
          "Zhang",
          "Zhao",
          "Zheng",
          "Zhou",
          "Zhu",
          "Zou",
          // Wade-Giles (Taiwan)
          "Chao",
          "Chiang",
          "Chien",
          "Chin",
          "Chou",
          "Chu",
          "Chuang",
          "Chung",
          "Hsiao",
          "Hsieh",
          "Hsu",
          "Kao",
          "Ko",
          "Kuo",
          "Lai",
          "Lo",
          "Shih",
          "Tsai",
          "Tsao",
          "Tseng",
          "Tung",
          "Yeh",
          // Cantonese (Hong Kong, Macau)
          "Chan",
          "Cheung",
          "Chiu",
          "Chow",
          "Fung",
          "Hui",
          "Kwan",
          "Kwok",
          "Lam",
          "Lau",
          "Law",
          "Leung",
          "Lui",
          "Mak",
          "Ng",
          "Poon",
          "Tam",
          "Tong",
          "Tsang",
          "Tse",
          "Wong",
          "Yeung",
          "Yip",
          "Yuen",
          // Korean
          "Ahn",
          "Bae",
          "Baek",
          "Cha",
          "Cho",
          "Choi",
          "Ha",
          "Heo",
          "Hong",
          "Hwang",
          "Jang",
          "Jeon",
          "Jeong",
          "Jo",
          "Jung",
          "Kang",
          "Kim",
          "Kwon",
          "Lee",
          "Lim",
          "Moon",
          "Nam",
          "Noh",
          "Oh",
          "Park",
          "Rhee",
          "Roh",
          "Seo",
          "Shin",
          "Son",
          "Sung",
          "Yoo",
          "Yoon",
          "Yun",
          // Vietnamese
          "Bui",
          "Dang",
          "Do",
          "Duong",
          "Ho",
          "Hoang",
          "Huynh",
          "Le",
          "Ngo",
          "Nguyen",
          "Pham",
          "Phan",
          "To",
          "Tran",
          "Truong",
          "Vo",
          "Vu",
          // Singapore (Hokkien, Teochew, Hakka)
          "Ang",
          "Chia",
          "Chong",
          "Chua",
          "Gan",
          "Goh",
          "Heng",
          "Khaw",
          "Koh",
          "Loh",
          "Low",
          "Ong",
          "Seah",
          "Sim",
          "Tay",
          "Teo",
          "Toh",
          "Yeo");

  /** Generational suffixes that are never the surname ("Martin Luther King Jr."). */
  private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV");

  /**
   * Surnames that are also everyday capitalised words (sentence-initial function words, months,
   * titles): as bare words they are far more often not the person ("He said" is not He Lifeng, "May
   * 5" is not Theresa May), so such persons get no surname mentions.
   */
  private static final Set<String> NOT_SURNAMES =
      Set.of(
          "A", "An", "As", "At", "Be", "By", "Do", "He", "If", "In", "Is", "It", "No", "Of", "Oh",
          "On", "Or", "So", "The", "To", "Up", "Us", "We", "Ha", "Ho", "Le", "Long", "Low", "Law",
          "Moon", "Son", "Song", "Sun", "Will", "Young", "King", "New", "Best", "March", "April",
          "May", "June", "August");

  private SurnameRule() {}

  /**
   * The {@link Folding#normalize normalized} surname word of a person alias, or null when the alias
   * has fewer than two words or the chosen word is not a capitalised word of at least two
   * characters or is one of {@link #NOT_SURNAMES}.
   */
  static String surname(KbEntity person, List<Token> aliasTokens) {
    List<String> words = new ArrayList<>();
    for (Token t : aliasTokens) {
      if (Character.isLetter(t.text().codePointAt(0)) && !SUFFIXES.contains(t.text())) {
        words.add(t.text());
      }
    }
    if (words.size() < 2) {
      return null;
    }
    String first = words.get(0);
    boolean surnameFirst =
        person.country() != null
            && SURNAME_FIRST_COUNTRIES.contains(person.country())
            && EAST_ASIAN_SURNAMES.contains(Folding.normalize(first));
    String word = surnameFirst ? first : words.get(words.size() - 1);
    String surname = Folding.normalize(word);
    if (surname.length() < 2
        || !Character.isUpperCase(surname.codePointAt(0))
        || NOT_SURNAMES.contains(surname)) {
      return null;
    }
    return surname;
  }
}
