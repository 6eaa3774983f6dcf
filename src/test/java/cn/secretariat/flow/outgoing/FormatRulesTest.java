package cn.secretariat.flow.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatRulesTest {

  private final FormatRules rules = FormatRules.standard();

  // ---- whole drafts ----

  @Test
  void validRequestPasses() {
    Draft request = new Draft(
        "请示",
        "陕西省人大常委会办公厅关于召开2026年全省人大工作座谈会的请示",
        "省人大常委会：",
        "省委办公厅，省人民政府办公厅。",
        "非密",
        null,
        null,
        "平件",
        "陕人办字",
        "王建国",
        "为总结交流全省人大工作经验，拟于2026年3月5日在西安召开座谈会，会期1天。\n妥否，请批示。",
        "附件：座谈会方案",
        "座谈会方案");

    assertThat(rules.check(request)).isEmpty();
  }

  @Test
  void validClassifiedNoticeWithTwoAttachmentsPasses() {
    Draft notice = new Draft(
        "通知",
        "陕西省人大常委会办公厅关于做好2026年立法调研工作的通知",
        "各设区的市人大常委会，各县（市、区）人大常委会，省人大常委会各工作机构：",
        "全国人大常委会办公厅",
        "机密",
        10,
        120,
        "加急",
        "陕人办发",
        null,
        "请于2026年4月30日前报送调研报告，2026年12月31日前完成全部调研工作。",
        "附件：1.《2026年立法调研计划》\n      2.《立法调研联络人名单》",
        "2026年立法调研计划\n立法调研联络人名单");

    assertThat(rules.check(notice)).isEmpty();
  }

  @Test
  void badRequestReportsEveryViolationAtOnceInPageOrder() {
    Draft request = new Draft(
        "请示",
        "关于申请立法调研经费的请示。",
        "省人大常委会、省财政厅",
        "各处室",
        "秘密",
        null,
        null,
        "平件",
        "陕人办字",
        " ",
        "拟于26年3月1日开展调研。",
        "附件：1.调研方案",
        null);

    List<FormatViolation> violations = rules.check(request);

    assertThat(violations).extracting(FormatViolation::rule).containsExactly(
        "classified-needs-copies",
        "classified-needs-period",
        "upward-needs-signer",
        "title-no-closing-punctuation",
        "request-single-recipient",
        "attachments-match",
        "date-format",
        "request-no-subordinate-cc");
    assertThat(violations).extracting(FormatViolation::message).containsExactly(
        "“秘密”公文应标注份号，请填写印制份数（至少1份），以便逐份编排份号（条例第九条第（一）项；GB/T 9704-2012 第7.2.1条）",
        "“秘密”公文应标注保密期限，请填写保密期限（以年计，至少1年）（条例第九条第（二）项；GB/T 9704-2012 第7.2.2条）",
        "“请示”属于上行文，应标注签发人姓名，请填写签发人（条例第九条第（六）项；GB/T 9704-2012 第7.2.6条）",
        "标题“关于申请立法调研经费的请示。”末尾有标点符号“。”，标题末尾不加标点符号，请删除（GB/T 9704-2012 第7.3.1条、第9条）",
        "请示应当只主送一个上级机关，当前主送机关为“省人大常委会、省财政厅”（共2个），请只保留一个，"
            + "其余需要知晓的上级机关或同级机关改为抄送（条例第十五条第（一）项）",
        "未随文附上任何附件，附件说明应为空，当前为“附件：1.调研方案”，请删除附件说明或补附附件"
            + "（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）",
        "正文中的日期“26年3月1日”书写不规范，应写作“2026年3月1日”：年份标全称，月、日不编虚位，用“年”“月”“日”标注"
            + "（GB/T 9704-2012 第7.3.5.4条）",
        "请示不得抄送下级机关，抄送机关中的“各处室”属于下级机关，请删除（条例第十五条第（一）项）");
  }

  @Test
  void emptyDraftIsToldWhatIsMissing() {
    Draft empty = new Draft(null, null, null, null, null, null, null, null, null, null, null, null, null);

    assertThat(rules.check(empty)).extracting(FormatViolation::rule).containsExactly(
        "doc-type-known", "classification-known", "title-required", "main-recipient-required", "body-required");
  }

  // ---- doc-type-known ----

  @ParameterizedTest
  @ValueSource(strings = {"决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复",
      "议案", "函", "纪要"})
  void eachOfTheFifteenDocTypesIsKnown(String docType) {
    assertThat(rulesBroken(draft().docType(docType))).doesNotContain("doc-type-known");
  }

  @Test
  void docTypeOutsideTheFifteenIsRejected() {
    assertThat(violations(draft().docType("工作方案"), "doc-type-known")).containsExactly(
        "文种“工作方案”不是条例规定的公文种类，请改为以下15种之一："
            + "决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要（条例第八条）");
  }

  @Test
  void missingDocTypeIsRejected() {
    assertThat(violations(draft().docType(" "), "doc-type-known")).singleElement().asString()
        .startsWith("未选择文种，请从以下15种中选择：决议、决定、");
  }

  // ---- classification-known ----

  @ParameterizedTest
  @ValueSource(strings = {"非密", "秘密", "机密", "绝密"})
  void theFourClassificationsAreKnown(String classification) {
    assertThat(rulesBroken(draft().classification(classification).secrecyPeriod(null)))
        .doesNotContain("classification-known");
  }

  @Test
  void unknownClassificationIsRejected() {
    assertThat(violations(draft().classification("内部"), "classification-known")).containsExactly(
        "密级“内部”不规范，应为“非密”“秘密”“机密”“绝密”之一（条例第九条第（二）项；GB/T 9704-2012 第7.2.2条）");
  }

  // ---- classified-needs-copies ----

  @Test
  void classifiedDraftStatingItsCopiesPasses() {
    assertThat(rulesBroken(draft().classification("机密").secrecyPeriod(10).copies(50)))
        .doesNotContain("classified-needs-copies");
  }

  @Test
  void classifiedDraftWithoutCopiesIsRejected() {
    assertThat(violations(draft().classification("机密").secrecyPeriod(10).copies(null), "classified-needs-copies"))
        .containsExactly("“机密”公文应标注份号，请填写印制份数（至少1份），以便逐份编排份号（条例第九条第（一）项；GB/T 9704-2012 第7.2.1条）");
  }

  @Test
  void classifiedDraftWithZeroCopiesIsRejected() {
    assertThat(violations(draft().classification("绝密").secrecyPeriod(30).copies(0), "classified-needs-copies"))
        .containsExactly("印制份数“0”无效，“绝密”公文应标注份号，请填写至少1份的印制份数（条例第九条第（一）项；GB/T 9704-2012 第7.2.1条）");
  }

  @Test
  void unclassifiedDraftNeedsNoCopies() {
    assertThat(rulesBroken(draft().classification("非密").copies(null))).doesNotContain("classified-needs-copies");
  }

  // ---- classified-needs-period ----

  @Test
  void classifiedDraftWithPeriodPasses() {
    assertThat(rulesBroken(draft().classification("秘密").secrecyPeriod(5).copies(10)))
        .doesNotContain("classified-needs-period");
  }

  @Test
  void classifiedDraftWithoutPeriodIsRejected() {
    assertThat(violations(draft().classification("秘密").secrecyPeriod(null).copies(10), "classified-needs-period"))
        .containsExactly("“秘密”公文应标注保密期限，请填写保密期限（以年计，至少1年）（条例第九条第（二）项；GB/T 9704-2012 第7.2.2条）");
  }

  @Test
  void classifiedDraftWithZeroYearsIsRejected() {
    assertThat(violations(draft().classification("秘密").secrecyPeriod(0).copies(10), "classified-needs-period"))
        .containsExactly("保密期限“0年”无效，“秘密”公文的保密期限应至少为1年（条例第九条第（二）项；GB/T 9704-2012 第7.2.2条）");
  }

  // ---- secrecy-period-ceiling ----

  @ParameterizedTest
  @CsvSource({"绝密,30", "机密,20", "秘密,10"})
  void periodAtTheLegalCeilingPasses(String classification, int years) {
    assertThat(rulesBroken(draft().classification(classification).secrecyPeriod(years).copies(10)))
        .doesNotContain("secrecy-period-ceiling");
  }

  @ParameterizedTest
  @CsvSource({"绝密,31,30", "机密,21,20", "秘密,11,10"})
  void periodAboveTheLegalCeilingIsRejected(String classification, int years, int ceiling) {
    assertThat(violations(draft().classification(classification).secrecyPeriod(years).copies(10),
        "secrecy-period-ceiling")).containsExactly(
        "“" + classification + "”公文的保密期限“" + years + "年”超过法定上限" + ceiling + "年，请改为不超过" + ceiling
            + "年；确属保密事项范围另有规定的，请报定密责任人确认"
            + "（《中华人民共和国保守国家秘密法》及《中华人民共和国保守国家秘密法实施条例》关于保密期限的规定）");
  }

  // ---- upward-needs-signer ----

  @Test
  void upwardDraftWithSignerPasses() {
    assertThat(rulesBroken(draft().docType("报告").title("关于2026年第一季度工作情况的报告").signer("王建国")))
        .doesNotContain("upward-needs-signer");
  }

  @Test
  void downwardDraftNeedsNoSigner() {
    assertThat(rulesBroken(draft().docType("通知").signer(null))).doesNotContain("upward-needs-signer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"请示", "报告", "议案"})
  void upwardDraftWithoutSignerIsRejected(String docType) {
    assertThat(violations(draft().docType(docType).title("关于有关事项的" + docType).signer(null), "upward-needs-signer"))
        .containsExactly("“" + docType + "”属于上行文，应标注签发人姓名，请填写签发人（条例第九条第（六）项；GB/T 9704-2012 第7.2.6条）");
  }

  // ---- title-required ----

  @Test
  void draftWithTitlePassesTitleRequired() {
    assertThat(rulesBroken(draft())).doesNotContain("title-required");
  }

  @Test
  void blankTitleIsRejected() {
    assertThat(violations(draft().title("  "), "title-required")).containsExactly(
        "标题为空，请填写由发文机关名称、事由和文种组成的标题（GB/T 9704-2012 第7.3.1条；条例第九条第（七）项）");
  }

  // ---- title-ends-with-doc-type ----

  @Test
  void titleEndingWithItsDocTypePasses() {
    assertThat(rulesBroken(draft().docType("函").title("陕西省人大常委会办公厅关于商请提供立法资料的函")))
        .doesNotContain("title-ends-with-doc-type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"陕西省人民政府令", "中华人民共和国主席令", "嘉奖命令"})
  void orderMayEndWithEitherCommandOrOrder(String title) {
    assertThat(rulesBroken(draft().docType("命令（令）").title(title))).doesNotContain("title-ends-with-doc-type");
  }

  @Test
  void titleEndingWithAnotherDocTypeIsRejected() {
    assertThat(violations(draft().docType("通知").title("关于召开座谈会的请示"), "title-ends-with-doc-type")).containsExactly(
        "标题“关于召开座谈会的请示”应以文种“通知”结尾，请核对所选文种或修改标题（GB/T 9704-2012 第7.3.1条；条例第九条第（七）项）");
  }

  @Test
  void orderTitleNotEndingWithCommandIsRejected() {
    assertThat(violations(draft().docType("命令（令）").title("关于表彰先进的决定"), "title-ends-with-doc-type"))
        .singleElement().asString().contains("应以文种“命令”或“令”结尾");
  }

  @Test
  void closingPunctuationAloneDoesNotBreakTheDocTypeRule() {
    assertThat(rulesBroken(draft().title("关于召开座谈会的通知。"))).containsExactly("title-no-closing-punctuation");
  }

  // ---- title-no-closing-punctuation ----

  @Test
  void titleEndingWithAQuotationMarkPasses() {
    // a paired mark closes a quotation, it is no 点号
    assertThat(rulesBroken(draft().docType("通知").title("关于印发《立法调研工作规程》的通知")))
        .doesNotContain("title-no-closing-punctuation");
  }

  @Test
  void titleEndingWithFullStopIsRejected() {
    assertThat(violations(draft().title("关于召开座谈会的通知。"), "title-no-closing-punctuation")).containsExactly(
        "标题“关于召开座谈会的通知。”末尾有标点符号“。”，标题末尾不加标点符号，请删除（GB/T 9704-2012 第7.3.1条、第9条）");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"关于召开座谈会的通知？！|？！", "关于召开座谈会的通知;|;", "关于召开座谈会的通知：|：",
      "关于召开座谈会的通知.|."})
  void titleEndingWithAnyClosingPunctuationIsRejected(String title, String closing) {
    assertThat(violations(draft().title(title), "title-no-closing-punctuation")).singleElement().asString()
        .contains("末尾有标点符号“" + closing + "”");
  }

  // ---- main-recipient-required ----

  @Test
  void draftWithMainRecipientPasses() {
    assertThat(rulesBroken(draft().mainRecipients("各设区的市人大常委会："))).doesNotContain("main-recipient-required");
  }

  @Test
  void noticeWithoutMainRecipientIsRejected() {
    assertThat(violations(draft().mainRecipients(" ，\n"), "main-recipient-required")).containsExactly(
        "未填写主送机关，请标注公文的主要受理机关（使用机关全称、规范化简称或同类型机关统称）（条例第九条第（八）项；GB/T 9704-2012 第7.3.2条）");
  }

  @ParameterizedTest
  @ValueSource(strings = {"公告", "通告", "公报", "决议", "命令（令）", "纪要"})
  void promulgatedKindsNeedNoMainRecipient(String docType) {
    assertThat(rulesBroken(draft().docType(docType).mainRecipients(null))).doesNotContain("main-recipient-required");
  }

  // ---- request-single-recipient ----

  @Test
  void requestToOneSuperiorPasses() {
    assertThat(rulesBroken(request().mainRecipients("省人大常委会："))).doesNotContain("request-single-recipient");
  }

  @Test
  void noticeMayHaveSeveralMainRecipients() {
    assertThat(rulesBroken(draft().mainRecipients("西安市人大常委会、宝鸡市人大常委会")))
        .doesNotContain("request-single-recipient");
  }

  @Test
  void requestToTwoOrgansIsRejected() {
    assertThat(violations(request().mainRecipients("省人大常委会；省人民政府"), "request-single-recipient")).containsExactly(
        "请示应当只主送一个上级机关，当前主送机关为“省人大常委会、省人民政府”（共2个），请只保留一个，"
            + "其余需要知晓的上级机关或同级机关改为抄送（条例第十五条第（一）项）");
  }

  // ---- body-required ----

  @Test
  void draftWithBodyPasses() {
    assertThat(rulesBroken(draft())).doesNotContain("body-required");
  }

  @Test
  void blankBodyIsRejected() {
    assertThat(violations(draft().body("\n \n"), "body-required")).containsExactly(
        "正文为空，请填写正文（条例第九条第（九）项；GB/T 9704-2012 第7.3.3条）");
  }

  // ---- attachments-match ----

  @Test
  void noAttachmentsAndNoNotesPasses() {
    assertThat(rulesBroken(draft().attachmentNotes(" ").attachmentTitles(null))).doesNotContain("attachments-match");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "附件：1.《调研计划》\n      2.《联络人名单》",
      "附件：1. 调研计划\n2. 联络人名单",
      "附件:1．调研计划\n2、联络人名单",
      "1.调研计划\n2.联络人名单"})
  void notesListingTheAttachmentsInOrderPass(String notes) {
    assertThat(rulesBroken(draft().attachmentNotes(notes).attachmentTitles("调研计划\n联络人名单")))
        .doesNotContain("attachments-match");
  }

  @ParameterizedTest
  @ValueSource(strings = {"附件：调研计划", "附件：1.调研计划", "附件：《调研计划》"})
  void singleAttachmentMayGoWithoutNumber(String notes) {
    assertThat(rulesBroken(draft().attachmentNotes(notes).attachmentTitles("调研计划")))
        .doesNotContain("attachments-match");
  }

  @Test
  void longNameWrappedOntoTheNextLineStillMatches() {
    Draft draft = draft()
        .attachmentNotes("附件：1.陕西省人大常委会2026年度立法调研\n        工作计划\n      2.联络人名单")
        .attachmentTitles("陕西省人大常委会2026年度立法调研工作计划\n联络人名单")
        .build();

    assertThat(rules.check(draft)).extracting(FormatViolation::rule).doesNotContain("attachments-match");
  }

  @Test
  void attachmentsWithoutNotesAreRejected() {
    assertThat(violations(draft().attachmentNotes(null).attachmentTitles("调研计划\n联络人名单"), "attachments-match"))
        .containsExactly("已随文附上附件“调研计划”“联络人名单”，但缺少附件说明，请在正文下空一行编排附件说明，依次列出"
            + "“1.调研计划”“2.联络人名单”（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  @Test
  void notesWithoutAttachmentsAreRejected() {
    assertThat(violations(draft().attachmentNotes("附件：调研计划").attachmentTitles(""), "attachments-match"))
        .containsExactly("未随文附上任何附件，附件说明应为空，当前为“附件：调研计划”，请删除附件说明或补附附件"
            + "（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  @Test
  void missingAndExtraAttachmentsAreNamed() {
    Draft draft = draft()
        .attachmentNotes("附件：1.调研计划\n2.经费预算")
        .attachmentTitles("调研计划\n联络人名单")
        .build();

    assertThat(messagesOf(draft, "attachments-match")).containsExactly(
        "附件说明漏列了已随文附上的附件“联络人名单”，请补列（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）",
        "附件说明列出的“经费预算”未随文附上，请补附该附件或从附件说明中删除（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  @Test
  void attachmentsInAnotherOrderAreRejected() {
    Draft draft = draft()
        .attachmentNotes("附件：1.联络人名单\n2.调研计划")
        .attachmentTitles("调研计划\n联络人名单")
        .build();

    assertThat(messagesOf(draft, "attachments-match")).containsExactly(
        "附件说明中的附件顺序与所附附件不一致，应依次为“1.调研计划”“2.联络人名单”（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  @Test
  void attachmentNumbersOutOfSequenceAreRejected() {
    Draft draft = draft()
        .attachmentNotes("附件：1.调研计划\n3.联络人名单")
        .attachmentTitles("调研计划\n联络人名单")
        .build();

    assertThat(messagesOf(draft, "attachments-match")).containsExactly(
        "附件说明的顺序号不正确：“联络人名单”应标为“2.”；附件顺序号应使用阿拉伯数字从1起依次标注（如“附件：1.名称”）"
            + "（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  @Test
  void severalAttachmentsWithoutNumbersAreRejected() {
    Draft draft = draft()
        .attachmentNotes("附件：调研计划\n联络人名单")
        .attachmentTitles("调研计划\n联络人名单")
        .build();

    assertThat(messagesOf(draft, "attachments-match")).containsExactly(
        "附件说明的顺序号不正确：“调研计划”应标为“1.”，“联络人名单”应标为“2.”；附件顺序号应使用阿拉伯数字从1起依次标注（如“附件：1.名称”）"
            + "（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  @Test
  void singleAttachmentWithAWrongNumberIsRejected() {
    assertThat(violations(draft().attachmentNotes("附件：2.调研计划").attachmentTitles("调研计划"), "attachments-match"))
        .containsExactly("附件说明的顺序号不正确：“调研计划”应标为“1.”或不标顺序号；附件顺序号应使用阿拉伯数字从1起依次标注（如“附件：1.名称”）"
            + "（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  @Test
  void attachmentNameWithClosingPunctuationIsRejected() {
    Draft draft = draft()
        .attachmentNotes("附件：1.《调研计划》；\n2.联络人名单。")
        .attachmentTitles("调研计划\n联络人名单")
        .build();

    assertThat(messagesOf(draft, "attachments-match")).containsExactly(
        "附件名称后不加标点符号，请删除“《调研计划》；”末尾的“；”（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）",
        "附件名称后不加标点符号，请删除“联络人名单。”末尾的“。”（条例第九条第（十）项；GB/T 9704-2012 第7.3.4条）");
  }

  // ---- date-format ----

  @Test
  void fullUnpaddedDatesPass() {
    Draft draft = draft()
        .title("关于2026年1月工作安排的通知")
        .body("2026年1月5日起施行，2026年12月31日截止；参照第3.2.1条，办公室电话029-8765-4321，已办理11/12件。")
        .build();

    assertThat(rules.check(draft)).extracting(FormatViolation::rule).doesNotContain("date-format");
  }

  @ParameterizedTest
  @CsvSource({
      "2026年01月05日,2026年1月5日",
      "2026年1月05日,2026年1月5日",
      "26年1月5日,2026年1月5日",
      "98年10月1日,1998年10月1日",
      "2026-1-5,2026年1月5日",
      "2026-01-05,2026年1月5日",
      "2026/1/5,2026年1月5日",
      "2026.1.5,2026年1月5日",
      "26/1/5,2026年1月5日",
      "2026年03月,2026年3月"})
  void badlyWrittenDateInBodyIsRejected(String written, String correct) {
    assertThat(violations(draft().body("请于" + written + "前报送。"), "date-format")).containsExactly(
        "正文中的日期“" + written + "”书写不规范，应写作“" + correct + "”：年份标全称，月、日不编虚位，用“年”“月”“日”标注"
            + "（GB/T 9704-2012 第7.3.5.4条）");
  }

  @Test
  void badlyWrittenDateInTitleIsRejectedOnceEach() {
    Draft draft = draft().title("关于2026年02月工作安排的通知").body("2026年02月的安排见附件，2026年02月底前完成。").build();

    assertThat(messagesOf(draft, "date-format")).containsExactly(
        "标题中的日期“2026年02月”书写不规范，应写作“2026年2月”：年份标全称，月、日不编虚位，用“年”“月”“日”标注（GB/T 9704-2012 第7.3.5.4条）",
        "正文中的日期“2026年02月”书写不规范，应写作“2026年2月”：年份标全称，月、日不编虚位，用“年”“月”“日”标注（GB/T 9704-2012 第7.3.5.4条）");
  }

  // ---- request-no-subordinate-cc ----

  @Test
  void requestCopiedToSuperiorsAndPeersPasses() {
    assertThat(rulesBroken(request().ccRecipients("省委办公厅，省人民政府办公厅")))
        .doesNotContain("request-no-subordinate-cc");
  }

  @Test
  void noticeMayBeCopiedToSubordinates() {
    assertThat(rulesBroken(draft().ccRecipients("西安市人大常委会、各处室"))).doesNotContain("request-no-subordinate-cc");
  }

  @Test
  void requestCopiedToSubordinatesIsRejected() {
    assertThat(violations(request().ccRecipients("省委办公厅、西安市人大常委会\n各处室。"), "request-no-subordinate-cc"))
        .containsExactly("请示不得抄送下级机关，抄送机关中的“西安市人大常委会”“各处室”属于下级机关，请删除（条例第十五条第（一）项）");
  }

  @Test
  void configuredMarkersDecideWhatIsSubordinate() {
    FormatRules own = new FormatRules(List.of("乡镇人大"));
    Draft draft = request().ccRecipients("西安市人大常委会、长安区某乡镇人大主席团").build();

    assertThat(own.check(draft)).extracting(FormatViolation::message).filteredOn(m -> m.startsWith("请示不得抄送"))
        .containsExactly("请示不得抄送下级机关，抄送机关中的“长安区某乡镇人大主席团”属于下级机关，请删除（条例第十五条第（一）项）");
  }

  @Test
  void blankMarkerIsRefused() {
    assertThatThrownBy(() -> new FormatRules(List.of("市人大常委会", " ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- Draft.organs ----

  @Test
  void organsAreSplitAtEverySeparatorAndTrimmed() {
    assertThat(Draft.organs("省委办公厅、 省政府办公厅，省政协办公厅,省高级人民法院；省人民检察院;\n\n省军区政治工作局"))
        .containsExactly("省委办公厅", "省政府办公厅", "省政协办公厅", "省高级人民法院", "省人民检察院", "省军区政治工作局");
  }

  @Test
  void organsKeepSeparatorsInsideBracketsAndDropClosingMarks() {
    assertThat(Draft.organs("各设区的市人大常委会，各县（市、区）人大常委会："))
        .containsExactly("各设区的市人大常委会", "各县（市、区）人大常委会");
    assertThat(Draft.organs("全国人大常委会办公厅。")).containsExactly("全国人大常委会办公厅");
  }

  @Test
  void noOrgansInBlankText() {
    assertThat(Draft.organs(null)).isEmpty();
    assertThat(Draft.organs(" ，、\n")).isEmpty();
  }

  // ---- helpers ----

  private List<String> rulesBroken(Builder builder) {
    return rules.check(builder.build()).stream().map(FormatViolation::rule).toList();
  }

  private List<String> violations(Builder builder, String rule) {
    return messagesOf(builder.build(), rule);
  }

  private List<String> messagesOf(Draft draft, String rule) {
    return rules.check(draft).stream().filter(v -> v.rule().equals(rule)).map(FormatViolation::message).toList();
  }

  /** A valid, unclassified 通知 without attachments, to change one field at a time. */
  private static Builder draft() {
    return new Builder();
  }

  /** A valid 请示. */
  private static Builder request() {
    return new Builder().docType("请示").title("陕西省人大常委会办公厅关于召开座谈会的请示").mainRecipients("省人大常委会")
        .ccRecipients(null).signer("王建国");
  }

  private static final class Builder {
    private String docType = "通知";
    private String title = "陕西省人大常委会办公厅关于召开座谈会的通知";
    private String mainRecipients = "各设区的市人大常委会：";
    private String ccRecipients = "省委办公厅";
    private String classification = "非密";
    private Integer secrecyPeriod;
    private Integer copies;
    private String urgency = "平件";
    private String issuerCode = "陕人办发";
    private String signer;
    private String body = "定于2026年3月5日召开座谈会，请各单位派员参加。";
    private String attachmentNotes;
    private String attachmentTitles;

    Builder docType(String value) {
      docType = value;
      return this;
    }

    Builder title(String value) {
      title = value;
      return this;
    }

    Builder mainRecipients(String value) {
      mainRecipients = value;
      return this;
    }

    Builder ccRecipients(String value) {
      ccRecipients = value;
      return this;
    }

    Builder classification(String value) {
      classification = value;
      return this;
    }

    Builder secrecyPeriod(Integer value) {
      secrecyPeriod = value;
      return this;
    }

    Builder copies(Integer value) {
      copies = value;
      return this;
    }

    Builder signer(String value) {
      signer = value;
      return this;
    }

    Builder body(String value) {
      body = value;
      return this;
    }

    Builder attachmentNotes(String value) {
      attachmentNotes = value;
      return this;
    }

    Builder attachmentTitles(String value) {
      attachmentTitles = value;
      return this;
    }

    Draft build() {
      return new Draft(docType, title, mainRecipients, ccRecipients, classification, secrecyPeriod, copies, urgency,
          issuerCode, signer, body, attachmentNotes, attachmentTitles);
    }
  }
}
