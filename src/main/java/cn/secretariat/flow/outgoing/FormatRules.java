package cn.secretariat.flow.outgoing;

import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.document.DocType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 格式预审: the machine-checkable rules of the 党政机关公文处理工作条例 (中办发〔2012〕14号, "条例") and of GB/T
 * 9704-2012 《党政机关公文格式》, applied to a draft before a person reviews it. {@link #check(Draft)} returns
 * every violation at once, so the drafter fixes all of them in one round instead of one per round trip.
 *
 * <p>Every rule is a small private method below, named in {@link #rules} and commented with its source;
 * every message names the offending value, says how to fix it and ends with the source in brackets.
 * Clause numbers of GB/T 9704-2012: 7.2.1 份号, 7.2.2 密级和保密期限, 7.2.6 签发人, 7.3.1 标题, 7.3.2 主送机关,
 * 7.3.3 正文, 7.3.4 附件说明, 7.3.5.4 成文日期中的数字, 9 标点符号和数字的用法.
 */
public final class FormatRules {

  private static final String REQUEST = "请示";
  private static final String ORDER = "命令（令）";

  /** 上行文 that must name their 签发人 (条例第九条第（六）项). */
  private static final Set<String> UPWARD = Set.of("请示", "报告", "议案");

  /**
   * Kinds that are promulgated or recorded rather than addressed to anyone, and so print no 主送机关: the
   * 条例 lists the 主送机关 among the parts a document "一般" has, and 命令（令） and 纪要 have formats of their own
   * (GB/T 9704-2012 10.2, 10.3).
   */
  private static final Set<String> WITHOUT_MAIN_RECIPIENT = Set.of("决议", ORDER, "公报", "公告", "通告", "纪要");

  /** The longest 保密期限 in years, unless a 保密事项范围 provides otherwise (保密法; 保密法实施条例). */
  private static final Map<Classification, Integer> LONGEST_PERIOD = Map.of(
      Classification.SECRET, 10,
      Classification.CONFIDENTIAL, 20,
      Classification.TOP_SECRET, 30);

  /** 点号 and the like that may not close a title; paired marks (》）”) may, they close a quotation. */
  private static final String CLOSING_PUNCTUATION = "。．｡，,、；;：:！!？?…—～~·.";

  private static final String CLASSIFICATION_WORDS = "“非密”“秘密”“机密”“绝密”";

  private static final String SOURCE_DOC_TYPES = "（条例第八条）";
  private static final String SOURCE_COPIES = "（条例第九条第（一）项；GB/T 9704-2012 第7.2.1条）";
  private static final String SOURCE_CLASSIFICATION = "（条例第九条第（二）项；GB/T 9704-2012 第7.2.2条）";
  private static final String SOURCE_PERIOD_CEILING =
      "（《中华人民共和国保守国家秘密法》及《中华人民共和国保守国家秘密法实施条例》关于保密期限的规定）";
  private static final String SOURCE_SIGNER = "（条例第九条第（六）项；GB/T 9704-2012 第7.2.6条）";
  private static final String SOURCE_TITLE = "（GB/T 9704-2012 第7.3.1条；条例第九条第（七）项）";
  private static final String SOURCE_TITLE_PUNCTUATION = "（GB/T 9704-2012 第7.3.1条、第9条）";
  private static final String SOURCE_MAIN_RECIPIENT = "（条例第九条第（八）项；GB/T 9704-2012 第7.3.2条）";
  private static final String SOURCE_UPWARD = "（条例第十五条第（一）项）";
  private static final String SOURCE_BODY = "（条例第九条第（九）项；GB/T 9704-2012 第7.3.3条）";
  private static final String SOURCE_ATTACHMENTS = "（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）";
  private static final String SOURCE_DATES = "（GB/T 9704-2012 第7.3.5.4条）";

  /** One rule: adds its violations, if any, to the list. */
  @FunctionalInterface
  private interface Rule {
    void check(Draft draft, List<FormatViolation> violations);
  }

  private final List<String> subordinateOrganMarkers;

  /**
   * The rules in the order a reader meets their subject on the printed page (版头, 主体, 版记), so the drafter
   * can work down the list and the page together.
   */
  private final List<Rule> rules = List.of(
      this::docTypeKnown,
      this::classificationKnown,
      this::classifiedNeedsCopies,
      this::classifiedNeedsPeriod,
      this::secrecyPeriodCeiling,
      this::upwardNeedsSigner,
      this::titleRequired,
      this::titleEndsWithDocType,
      this::titleNoClosingPunctuation,
      this::mainRecipientRequired,
      this::requestSingleRecipient,
      this::bodyRequired,
      this::attachmentsMatch,
      this::dateFormat,
      this::requestNoSubordinateCc);

  /**
   * @param subordinateOrganMarkers name fragments that mark an organ as subordinate to the sender (e.g.
   *                                市人大常委会, 各处室): an organ whose name contains one is subordinate
   */
  public FormatRules(List<String> subordinateOrganMarkers) {
    Objects.requireNonNull(subordinateOrganMarkers, "subordinateOrganMarkers");
    List<String> markers = new ArrayList<>();
    for (String marker : subordinateOrganMarkers) {
      // a blank marker would be contained in every name and make every organ subordinate
      if (marker == null || marker.isBlank()) {
        throw new IllegalArgumentException("下级机关标识不能为空");
      }
      markers.add(marker.strip());
    }
    this.subordinateOrganMarkers = List.copyOf(markers);
  }

  /**
   * The markers of a provincial Standing Committee's office: the city, county and district committees below it,
   * and its own sections.
   */
  public static FormatRules standard() {
    return new FormatRules(List.of("市人大常委会", "县人大常委会", "区人大常委会", "各处室"));
  }

  /** Every violation of the draft, in page order; empty if it passes. */
  public List<FormatViolation> check(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    List<FormatViolation> violations = new ArrayList<>();
    for (Rule rule : rules) {
      rule.check(draft, violations);
    }
    return List.copyOf(violations);
  }

  // 条例第八条: the fifteen 文种, and no other
  private void docTypeKnown(Draft draft, List<FormatViolation> violations) {
    String docType = strip(draft.docType());
    String allowed = String.join("、", DocType.LABELS);
    if (docType == null) {
      violations.add(new FormatViolation("doc-type-known",
          "未选择文种，请从以下15种中选择：" + allowed + SOURCE_DOC_TYPES));
    } else if (!DocType.LABELS.contains(docType)) {
      violations.add(new FormatViolation("doc-type-known",
          "文种“" + docType + "”不是条例规定的公文种类，请改为以下15种之一：" + allowed + SOURCE_DOC_TYPES));
    }
  }

  // 条例第九条第（二）项; GB/T 9704-2012 7.2.2: 密级 is 绝密, 机密 or 秘密; 非密 marks none. The secrecy rules
  // below rely on a known 密级, so an unknown one must not pass silently.
  private void classificationKnown(Draft draft, List<FormatViolation> violations) {
    String classification = strip(draft.classification());
    if (classification == null) {
      violations.add(new FormatViolation("classification-known",
          "未选择密级，请选择" + CLASSIFICATION_WORDS + "之一" + SOURCE_CLASSIFICATION));
    } else if (Classification.fromLabel(classification).isEmpty()) {
      violations.add(new FormatViolation("classification-known",
          "密级“" + classification + "”不规范，应为" + CLASSIFICATION_WORDS + "之一" + SOURCE_CLASSIFICATION));
    }
  }

  // 条例第九条第（一）项 (涉密公文应当标注份号); GB/T 9704-2012 7.2.1 份号: numbering every copy needs their count
  private void classifiedNeedsCopies(Draft draft, List<FormatViolation> violations) {
    Optional<Classification> level = secretLevel(draft);
    if (level.isEmpty()) {
      return;
    }
    Integer copies = draft.copies();
    if (copies == null) {
      violations.add(new FormatViolation("classified-needs-copies",
          "“" + level.get().label() + "”公文应标注份号，请填写印制份数（至少1份），以便逐份编排份号" + SOURCE_COPIES));
    } else if (copies < 1) {
      violations.add(new FormatViolation("classified-needs-copies",
          "印制份数“" + copies + "”无效，“" + level.get().label() + "”公文应标注份号，请填写至少1份的印制份数"
              + SOURCE_COPIES));
    }
  }

  // 条例第九条第（二）项; GB/T 9704-2012 7.2.2: a classified document states its 保密期限 (here in whole years)
  private void classifiedNeedsPeriod(Draft draft, List<FormatViolation> violations) {
    Optional<Classification> level = secretLevel(draft);
    if (level.isEmpty()) {
      return;
    }
    Integer years = draft.secrecyPeriod();
    if (years == null) {
      violations.add(new FormatViolation("classified-needs-period",
          "“" + level.get().label() + "”公文应标注保密期限，请填写保密期限（以年计，至少1年）" + SOURCE_CLASSIFICATION));
    } else if (years < 1) {
      violations.add(new FormatViolation("classified-needs-period",
          "保密期限“" + years + "年”无效，“" + level.get().label() + "”公文的保密期限应至少为1年" + SOURCE_CLASSIFICATION));
    }
  }

  // 保守国家秘密法 and its 实施条例: 绝密 ≤ 30 years, 机密 ≤ 20, 秘密 ≤ 10, "除另有规定外" — a longer period from
  // a 保密事项范围 is for the 定密责任人 to confirm, not for a machine to accept
  private void secrecyPeriodCeiling(Draft draft, List<FormatViolation> violations) {
    Optional<Classification> level = secretLevel(draft);
    Integer years = draft.secrecyPeriod();
    if (level.isEmpty() || years == null) {
      return;
    }
    int longest = LONGEST_PERIOD.get(level.get());
    if (years > longest) {
      violations.add(new FormatViolation("secrecy-period-ceiling",
          "“" + level.get().label() + "”公文的保密期限“" + years + "年”超过法定上限" + longest + "年，请改为不超过"
              + longest + "年；确属保密事项范围另有规定的，请报定密责任人确认" + SOURCE_PERIOD_CEILING));
    }
  }

  // 条例第九条第（六）项 (上行文应当标注签发人姓名); GB/T 9704-2012 7.2.6
  private void upwardNeedsSigner(Draft draft, List<FormatViolation> violations) {
    String docType = strip(draft.docType());
    if (docType != null && UPWARD.contains(docType) && strip(draft.signer()) == null) {
      violations.add(new FormatViolation("upward-needs-signer",
          "“" + docType + "”属于上行文，应标注签发人姓名，请填写签发人" + SOURCE_SIGNER));
    }
  }

  // 条例第九条第（七）项; GB/T 9704-2012 7.3.1
  private void titleRequired(Draft draft, List<FormatViolation> violations) {
    if (strip(draft.title()) == null) {
      violations.add(new FormatViolation("title-required",
          "标题为空，请填写由发文机关名称、事由和文种组成的标题" + SOURCE_TITLE));
    }
  }

  // 条例第九条第（七）项 (标题由发文机关名称、事由和文种组成); GB/T 9704-2012 7.3.1: the 文种 closes the title.
  // Closing punctuation is the next rule's business, so it is ignored here rather than reported twice.
  private void titleEndsWithDocType(Draft draft, List<FormatViolation> violations) {
    String title = strip(draft.title());
    String docType = strip(draft.docType());
    if (title == null || docType == null || !DocType.LABELS.contains(docType)) {
      return;
    }
    String words = title.substring(0, title.length() - trailingPunctuation(title).length()).strip();
    // 命令（令） is titled either …命令 or …令, and every …命令 ends with 令
    String ending = docType.equals(ORDER) ? "令" : docType;
    if (!words.endsWith(ending)) {
      String expected = docType.equals(ORDER) ? "“命令”或“令”" : "“" + docType + "”";
      violations.add(new FormatViolation("title-ends-with-doc-type",
          "标题“" + oneLine(title) + "”应以文种" + expected + "结尾，请核对所选文种或修改标题" + SOURCE_TITLE));
    }
  }

  // GB/T 9704-2012 7.3.1 (标题) with 9 (标点符号用法按 GB/T 15834): a title closes with no punctuation
  private void titleNoClosingPunctuation(Draft draft, List<FormatViolation> violations) {
    String title = strip(draft.title());
    if (title == null) {
      return;
    }
    String closing = trailingPunctuation(title);
    if (!closing.isEmpty()) {
      violations.add(new FormatViolation("title-no-closing-punctuation",
          "标题“" + oneLine(title) + "”末尾有标点符号“" + closing + "”，标题末尾不加标点符号，请删除"
              + SOURCE_TITLE_PUNCTUATION));
    }
  }

  // 条例第九条第（八）项; GB/T 9704-2012 7.3.2 — except for the kinds that are promulgated, not addressed
  private void mainRecipientRequired(Draft draft, List<FormatViolation> violations) {
    String docType = strip(draft.docType());
    if (docType != null && WITHOUT_MAIN_RECIPIENT.contains(docType)) {
      return;
    }
    if (Draft.organs(draft.mainRecipients()).isEmpty()) {
      violations.add(new FormatViolation("main-recipient-required",
          "未填写主送机关，请标注公文的主要受理机关（使用机关全称、规范化简称或同类型机关统称）" + SOURCE_MAIN_RECIPIENT));
    }
  }

  // 条例第十五条第（一）项 (向上级机关行文，原则上主送一个上级机关) with 第（四）项 (请示应当一文一事)
  private void requestSingleRecipient(Draft draft, List<FormatViolation> violations) {
    if (!REQUEST.equals(strip(draft.docType()))) {
      return;
    }
    List<String> organs = Draft.organs(draft.mainRecipients());
    if (organs.size() > 1) {
      violations.add(new FormatViolation("request-single-recipient",
          "请示应当只主送一个上级机关，当前主送机关为“" + String.join("、", organs) + "”（共" + organs.size()
              + "个），请只保留一个，其余需要知晓的上级机关或同级机关改为抄送" + SOURCE_UPWARD));
    }
  }

  // 条例第九条第（九）项; GB/T 9704-2012 7.3.3
  private void bodyRequired(Draft draft, List<FormatViolation> violations) {
    if (strip(draft.body()) == null) {
      violations.add(new FormatViolation("body-required", "正文为空，请填写正文" + SOURCE_BODY));
    }
  }

  // 条例第九条第（十）项 (附件说明：公文附件的顺序号和名称); GB/T 9704-2012 7.3.4: 附件说明 lists the enclosed
  // attachments, numbered 1., 2. … when there are several, names without closing punctuation; none without
  // attachments
  private void attachmentsMatch(Draft draft, List<FormatViolation> violations) {
    List<String> enclosed = lines(draft.attachmentTitles()).stream().map(FormatRules::unquoteBookTitle).toList();
    String notes = strip(draft.attachmentNotes());
    if (notes == null) {
      if (!enclosed.isEmpty()) {
        violations.add(new FormatViolation("attachments-match",
            "已随文附上附件" + quoted(enclosed) + "，但缺少附件说明，请在正文下空一行编排附件说明，依次列出"
                + quotedNumbered(enclosed) + SOURCE_ATTACHMENTS));
      }
      return;
    }
    if (enclosed.isEmpty()) {
      violations.add(new FormatViolation("attachments-match",
          "未随文附上任何附件，附件说明应为空，当前为“" + oneLine(notes) + "”，请删除附件说明或补附附件" + SOURCE_ATTACHMENTS));
      return;
    }
    List<ListedAttachment> listed = listedAttachments(notes, keys(enclosed));

    List<String> misnumbered = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      ListedAttachment item = listed.get(i);
      boolean numberRequired = listed.size() > 1;
      boolean wrong = item.number() == null ? numberRequired : item.number() != i + 1;
      if (wrong) {
        misnumbered.add("“" + item.name() + "”应标为“" + (i + 1) + ".”" + (numberRequired ? "" : "或不标顺序号"));
      }
    }
    if (!misnumbered.isEmpty()) {
      violations.add(new FormatViolation("attachments-match",
          "附件说明的顺序号不正确：" + String.join("，", misnumbered) + "；附件顺序号应使用阿拉伯数字从1起依次标注（如“附件：1.名称”）"
              + SOURCE_ATTACHMENTS));
    }

    for (ListedAttachment item : listed) {
      if (!item.closing().isEmpty()) {
        violations.add(new FormatViolation("attachments-match",
            "附件名称后不加标点符号，请删除“" + item.written() + "”末尾的“" + item.closing() + "”"
                + SOURCE_ATTACHMENTS));
      }
    }

    List<String> listedNames = listed.stream().map(ListedAttachment::name).toList();
    List<String> missing = without(enclosed, listedNames);
    List<String> extra = without(listedNames, enclosed);
    if (!missing.isEmpty()) {
      violations.add(new FormatViolation("attachments-match",
          "附件说明漏列了已随文附上的附件" + quoted(missing) + "，请补列" + SOURCE_ATTACHMENTS));
    }
    if (!extra.isEmpty()) {
      violations.add(new FormatViolation("attachments-match",
          "附件说明列出的" + quoted(extra) + "未随文附上，请补附该附件或从附件说明中删除" + SOURCE_ATTACHMENTS));
    }
    if (missing.isEmpty() && extra.isEmpty() && !keys(listedNames).equals(keys(enclosed))) {
      violations.add(new FormatViolation("attachments-match",
          "附件说明中的附件顺序与所附附件不一致，应依次为" + quotedNumbered(enclosed) + SOURCE_ATTACHMENTS));
    }
  }

  private static final Pattern CHINESE_DATE = Pattern.compile(
      "(?<![0-9])([0-9]{4}|[0-9]{2})\\s*年\\s*([0-9]{1,2})\\s*月(?:\\s*([0-9]{1,2})\\s*日)?");
  // Dates with separators. Only four-digit years 19xx/20xx with any of - / . and two-digit ones with /, so that
  // version numbers (3.2.1), ranges and telephone numbers are not taken for dates.
  private static final Pattern SEPARATED_DATE = Pattern.compile(
      "(?<![0-9./-])((?:19|20)[0-9]{2})([-/.])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9]|[./-][0-9])");
  private static final Pattern SHORT_SLASHED_DATE = Pattern.compile(
      "(?<![0-9./-])([0-9]{2})/([0-9]{1,2})/([0-9]{1,2})(?![0-9]|[./-][0-9])");

  // GB/T 9704-2012 7.3.5.4: 年、月、日 in Arabic numerals, the year in full, no leading zeros (1 not 01), applied to
  // every date of title and body so that a date quoted in the text reads like the 成文日期
  private void dateFormat(Draft draft, List<FormatViolation> violations) {
    checkDates("标题", draft.title(), violations);
    checkDates("正文", draft.body(), violations);
  }

  private static void checkDates(String field, String text, List<FormatViolation> violations) {
    if (text == null || text.isBlank()) {
      return;
    }
    // offending text -> correct form, each reported once per field
    Map<String, String> wrong = new LinkedHashMap<>();
    Matcher chinese = CHINESE_DATE.matcher(text);
    while (chinese.find()) {
      String correct = dateText(chinese.group(1), chinese.group(2), chinese.group(3));
      if (correct != null && !correct.equals(chinese.group())) {
        wrong.putIfAbsent(chinese.group(), correct);
      }
    }
    Matcher separated = SEPARATED_DATE.matcher(text);
    while (separated.find()) {
      String correct = dateText(separated.group(1), separated.group(3), separated.group(4));
      if (correct != null) {
        wrong.putIfAbsent(separated.group(), correct);
      }
    }
    Matcher slashed = SHORT_SLASHED_DATE.matcher(text);
    while (slashed.find()) {
      String correct = dateText(slashed.group(1), slashed.group(2), slashed.group(3));
      if (correct != null) {
        wrong.putIfAbsent(slashed.group(), correct);
      }
    }
    wrong.forEach((offending, correct) -> violations.add(new FormatViolation("date-format",
        field + "中的日期“" + oneLine(offending) + "”书写不规范，应写作“" + correct
            + "”：年份标全称，月、日不编虚位，用“年”“月”“日”标注" + SOURCE_DATES)));
  }

  /** The correct form of a date, or null if the numbers make no calendar date (then it is no date at all). */
  private static String dateText(String year, String month, String day) {
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      return null;
    }
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      // the POSIX pivot of strptime's %y: 69–99 are 1969–1999, 00–68 are 2000–2068
      y += y >= 69 ? 1900 : 2000;
    }
    if (day == null) {
      return y + "年" + m + "月";
    }
    int d = Integer.parseInt(day);
    if (d < 1 || d > 31) {
      return null;
    }
    return y + "年" + m + "月" + d + "日";
  }

  // 条例第十五条第（一）项: 向上级机关行文……不抄送下级机关, which a 请示 in particular must keep
  private void requestNoSubordinateCc(Draft draft, List<FormatViolation> violations) {
    if (!REQUEST.equals(strip(draft.docType()))) {
      return;
    }
    List<String> subordinates = Draft.organs(draft.ccRecipients()).stream()
        .filter(organ -> subordinateOrganMarkers.stream().anyMatch(organ::contains))
        .toList();
    if (!subordinates.isEmpty()) {
      violations.add(new FormatViolation("request-no-subordinate-cc",
          "请示不得抄送下级机关，抄送机关中的" + quoted(subordinates) + "属于下级机关，请删除" + SOURCE_UPWARD));
    }
  }

  // ---- helpers ----

  /** The 密级 if it is one of 秘密, 机密, 绝密; empty for 非密 and for an unknown value. */
  private static Optional<Classification> secretLevel(Draft draft) {
    return Classification.fromLabel(strip(draft.classification()))
        .filter(level -> level != Classification.UNCLASSIFIED);
  }

  /**
   * @param number  the 顺序号, null if none
   * @param name    the name for comparison: without closing punctuation and enclosing 《》
   * @param written the name as written
   * @param closing the punctuation after it, empty if none
   */
  private record ListedAttachment(Integer number, String name, String written, String closing) {
  }

  private static final Pattern NOTES_LABEL = Pattern.compile("^附\\s*件\\s*[：:]\\s*");
  private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,3})\\s*[.．、]\\s*(.*)$");

  /**
   * The attachments a 附件说明 lists: after the label 附件：, one per line, numbered "1." / "1．" / "1、" or, for a
   * single one, not numbered. GB/T 9704-2012 7.3.4 wraps a long name onto the next line, aligned with the name
   * and without a number; an unnumbered line is taken for such a continuation only if the name so far plus the
   * line begins the name of an enclosed attachment, and otherwise for an attachment of its own whose number is
   * missing — the objection the drafter needs in that case.
   */
  private static List<ListedAttachment> listedAttachments(String notes, List<String> enclosedKeys) {
    String text = NOTES_LABEL.matcher(notes.strip()).replaceFirst("");
    List<Integer> numbers = new ArrayList<>();
    List<StringBuilder> names = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String content = line.strip();
      if (content.isEmpty()) {
        continue;
      }
      Matcher numbered = NUMBERED.matcher(content);
      if (numbered.matches()) {
        numbers.add(Integer.valueOf(numbered.group(1)));
        names.add(new StringBuilder(numbered.group(2).strip()));
      } else if (!names.isEmpty() && continues(names.get(names.size() - 1) + content, enclosedKeys)) {
        names.get(names.size() - 1).append(content);
      } else {
        numbers.add(null);
        names.add(new StringBuilder(content));
      }
    }
    List<ListedAttachment> listed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).toString();
      String closing = trailingPunctuation(name);
      String bare = unquoteBookTitle(name.substring(0, name.length() - closing.length()).strip());
      listed.add(new ListedAttachment(numbers.get(i), bare, name, closing));
    }
    return listed;
  }

  /** Whether a name so far, compared like a listed name (without 《》 and closing punctuation), begins an enclosed one. */
  private static boolean continues(String nameSoFar, List<String> enclosedKeys) {
    String joined = key(nameSoFar);
    joined = joined.substring(0, joined.length() - trailingPunctuation(joined).length());
    if (joined.startsWith("《")) {
      joined = joined.substring(1);
    }
    if (joined.endsWith("》")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    String start = joined;
    return !start.isEmpty() && enclosedKeys.stream().anyMatch(enclosed -> enclosed.startsWith(start));
  }

  /** 《名称》 -> 名称, when the marks enclose the whole name. */
  private static String unquoteBookTitle(String name) {
    if (name.length() >= 2 && name.startsWith("《") && name.indexOf('》') == name.length() - 1) {
      return name.substring(1, name.length() - 1).strip();
    }
    return name;
  }

  /** The elements of {@code from} that {@code other} lacks, counting repeats, compared without whitespace. */
  private static List<String> without(List<String> from, List<String> other) {
    List<String> remaining = new ArrayList<>(keys(other));
    List<String> result = new ArrayList<>();
    for (String name : from) {
      if (!remaining.remove(key(name))) {
        result.add(name);
      }
    }
    return result;
  }

  private static List<String> keys(List<String> names) {
    return names.stream().map(FormatRules::key).toList();
  }

  private static String key(String name) {
    return name.replaceAll("\\s+", "");
  }

  private static String trailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && CLOSING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(end);
  }

  private static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** “A”“B” */
  private static String quoted(List<String> names) {
    return names.stream().map(name -> "“" + name + "”").collect(Collectors.joining());
  }

  /** “1.A”“2.B”, or “附件：A” for a single attachment, which carries no number. */
  private static String quotedNumbered(List<String> names) {
    if (names.size() == 1) {
      return "“附件：" + names.get(0) + "”";
    }
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      result.append("“").append(i + 1).append(".").append(names.get(i)).append("”");
    }
    return result.toString();
  }

  /** The value with its line breaks closed up, since the process shows one violation per line. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", "");
  }

  /** Stripped, or null if null or blank. */
  private static String strip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip();
  }
}
