package cn.secretariat.flow.archive;

import static cn.secretariat.flow.archive.Archive.Vars.*;

import cn.secretariat.flow.validation.InputCheck;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 整理编目 ({@code catalogue}, complete): checks 分类 and 保管期限 and gives the record its 档号. A record that
 * already has one keeps it, whatever is submitted again.
 */
@Component("catalogueCheck")
public class CatalogueCheck implements TaskListener {

  private final ArchiveRecords records;
  private final ArchiveNumbers numbers;
  private final ArchiveProperties properties;

  public CatalogueCheck(ArchiveRecords records, ArchiveNumbers numbers, ArchiveProperties properties) {
    this.records = records;
    this.numbers = numbers;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task);
    String category = check.choice(CATEGORY, "分类", properties.categories());
    String retentionLabel = check.choice(RETENTION, "保管期限", Archive.Retention.labels());
    String notes = check.optionalText(CATALOGUE_NOTES, "整理说明", 2000);
    check.throwIfInvalid();

    DelegateExecution process = task.getExecution().getProcessInstance();
    long recordId = ((Number) process.getVariable(RECORD_ID)).longValue();
    ArchiveRecord record = records.byId(recordId)
        .orElseThrow(() -> new ProcessEngineException("档案记录不存在：" + recordId));
    String archiveNumber = record.archiveNumber();
    if (archiveNumber == null) {
      Archive.Retention retention = Archive.Retention.fromLabel(retentionLabel).orElseThrow();
      ArchiveNumbers.Allocated allocated = numbers.next(record.docYear(), retention);
      Instant now = ClockUtil.getCurrentTime().toInstant();
      records.catalogue(recordId, category, retentionLabel, allocated.archiveNumber(), allocated.itemNumber(), notes,
          by(task), now);
      archiveNumber = allocated.archiveNumber();
    }
    process.setVariable(CATEGORY, category);
    process.setVariable(RETENTION, retentionLabel);
    process.setVariable(ARCHIVE_NUMBER, archiveNumber);
  }

  private static String by(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null ? current.getUserId() : task.getAssignee();
  }
}
