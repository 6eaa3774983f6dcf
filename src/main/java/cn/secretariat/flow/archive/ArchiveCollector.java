package cn.secretariat.flow.archive;

import cn.secretariat.flow.calendar.WorkingCalendar;
import cn.secretariat.flow.document.Classification;
import cn.secretariat.flow.incoming.IncomingDocument;
import cn.secretariat.flow.outgoing.OutgoingDocument;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 收集 (end of 来文办理 with 归档 chosen at 办结, and 已归档 of 发文审核): writes the document's archive record
 * (title, numbers, dates, 密级, every step's opinions and decisions) into the application's own table, in the
 * transaction that ends the document, and opens 归档编目 for the archivists. The record exists once per
 * instance: a repeated end finds it and opens nothing new.
 */
@Component("archiveCollector")
public class ArchiveCollector implements ExecutionListener {

  private final ArchiveRecords records;
  private final WorkingCalendar calendar;

  public ArchiveCollector(ArchiveRecords records, WorkingCalendar calendar) {
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processKey = processKey(execution);
    ArchiveRecord.Collected collected = switch (processKey) {
      case IncomingDocument.PROCESS_KEY -> Boolean.TRUE.equals(execution.getVariable(IncomingDocument.Vars.ARCHIVE))
          ? fromIncoming(execution) : null;
      case OutgoingDocument.PROCESS_KEY -> fromOutgoing(execution);
      default -> throw new ProcessEngineException("模型错误：archiveCollector 不收集流程 " + processKey);
    };
    if (collected == null || records.bySource(collected.sourceInstanceId()).isPresent()) {
      return;
    }
    ArchiveRecord record = records.collect(collected);
    openCataloguing(execution, record);
  }

  private ArchiveRecord.Collected fromIncoming(DelegateExecution d) {
    Instant received = instant(d.getVariable(IncomingDocument.Vars.RECEIVED_AT));
    Opinions o = new Opinions(d);
    o.line("来文单位", IncomingDocument.Vars.SOURCE_ORG);
    o.line("文件摘要", IncomingDocument.Vars.SUMMARY);
    o.decision("拟办意见", IncomingDocument.Vars.PROPOSAL, IncomingDocument.Vars.PROPOSAL_COMMENT);
    o.decision("领导批示", IncomingDocument.Vars.DECISION, IncomingDocument.Vars.LEADER_COMMENT);
    o.line("领导阅知", IncomingDocument.Vars.READ_COMMENT);
    o.line("承办情况", IncomingDocument.Vars.HANDLING_SUMMARY);
    o.line("办结结果", IncomingDocument.Vars.RESULT);
    return new ArchiveRecord.Collected(IncomingDocument.PROCESS_KEY, d.getProcessInstanceId(),
        text(d, IncomingDocument.Vars.TITLE), text(d, IncomingDocument.Vars.SOURCE_DOC_NUMBER),
        text(d, IncomingDocument.Vars.SOURCE_ORG), text(d, IncomingDocument.Vars.DOC_TYPE),
        text(d, IncomingDocument.Vars.URGENCY), classification(d), received, year(received), now(), o.toString());
  }

  private ArchiveRecord.Collected fromOutgoing(DelegateExecution d) {
    Instant signed = instant(d.getVariable(OutgoingDocument.Vars.SIGNED_AT));
    Opinions o = new Opinions(d);
    o.line("主送机关", OutgoingDocument.Vars.MAIN_RECIPIENTS);
    o.line("抄送机关", OutgoingDocument.Vars.CC_RECIPIENTS);
    o.line("审核记录", OutgoingDocument.Vars.REVIEW_LOG);
    o.decision("签发意见", OutgoingDocument.Vars.SIGN_DECISION, OutgoingDocument.Vars.SIGN_OPINION);
    o.line("签发人", OutgoingDocument.Vars.SIGNER);
    o.line("成文日期", OutgoingDocument.Vars.SIGNED_ON);
    o.line("复核印制", OutgoingDocument.Vars.PRINT_NOTES);
    o.line("核发", OutgoingDocument.Vars.DISTRIBUTION_NOTES);
    o.line("归档说明", OutgoingDocument.Vars.ARCHIVE_NOTES);
    Object docYear = d.getVariable(OutgoingDocument.Vars.DOC_YEAR);
    return new ArchiveRecord.Collected(OutgoingDocument.PROCESS_KEY, d.getProcessInstanceId(),
        text(d, OutgoingDocument.Vars.TITLE), text(d, OutgoingDocument.Vars.DOC_NUMBER), null,
        text(d, OutgoingDocument.Vars.DOC_TYPE), text(d, OutgoingDocument.Vars.URGENCY), classification(d), signed,
        docYear instanceof Number n ? n.intValue() : year(signed), now(), o.toString());
  }

  /** 归档编目, started as a job of its own: a failure there never undoes the document's end. */
  private void openCataloguing(DelegateExecution execution, ArchiveRecord record) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Archive.Vars.RECORD_ID, record.id());
    variables.put(Archive.Vars.TITLE, record.title());
    variables.put(Archive.Vars.CLASSIFICATION, record.classification());
    variables.put(Archive.Vars.DOC_NUMBER, record.docNumber());
    variables.put(Archive.Vars.DOC_YEAR, record.docYear());
    variables.put(Archive.Vars.SOURCE, IncomingDocument.PROCESS_KEY.equals(record.sourceProcessKey()) ? "来文" : "发文");
    variables.put(Archive.Vars.OPINIONS, record.opinions());
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(Archive.CATALOGUING, String.valueOf(record.id()), variables));
  }

  private Instant instant(Object value) {
    return value instanceof Date date ? date.toInstant() : now();
  }

  private int year(Instant instant) {
    return instant.atZone(calendar.zone()).getYear();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static String classification(DelegateExecution d) {
    return Classification.fromLabel(d.getVariable(Archive.Vars.CLASSIFICATION)).orElse(Classification.UNCLASSIFIED)
        .label();
  }

  private static String text(DelegateExecution d, String name) {
    Object value = d.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static String processKey(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
      return entity.getProcessDefinition().getKey();
    }
    throw new ProcessEngineException("无法确定流程定义：" + execution.getProcessDefinitionId());
  }

  /** The steps' opinions as lines 【拟办意见】呈领导批示：…, skipping steps the document did not pass. */
  private static final class Opinions {
    private final DelegateExecution d;
    private final StringBuilder text = new StringBuilder();

    Opinions(DelegateExecution d) {
      this.d = d;
    }

    void line(String label, String name) {
      String value = text(d, name);
      if (value != null) {
        text.append('【').append(label).append('】').append(value).append('\n');
      }
    }

    void decision(String label, String decisionName, String commentName) {
      String decision = text(d, decisionName);
      String comment = text(d, commentName);
      if (decision != null || comment != null) {
        text.append('【').append(label).append('】').append(decision == null ? "" : decision)
            .append(comment == null ? "" : (decision == null ? "" : "：") + comment).append('\n');
      }
    }

    @Override
    public String toString() {
      return text.toString().strip();
    }
  }
}
