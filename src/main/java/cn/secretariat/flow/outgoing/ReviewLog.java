package cn.secretariat.flow.outgoing;

import static cn.secretariat.flow.outgoing.OutgoingDocument.Vars.REVIEW_LOG;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Appends one stage's opinion to {@code reviewLog}: 【复审·二校】张伟：退回修改。意见…… */
@Component
public class ReviewLog {

  public void append(DelegateTask task, String stage, String decision, String opinion) {
    String who = whoCompletes(task);
    String line = "【" + stage + "】" + who + "：" + decision + (opinion == null ? "。" : "。" + opinion);
    Object before = task.getVariable(REVIEW_LOG);
    task.setVariable(REVIEW_LOG, before == null || before.toString().isEmpty() ? line : before + "\n" + line);
  }

  private static String whoCompletes(DelegateTask task) {
    String userId = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
        ? task.getAssignee()
        : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    if (userId == null) {
      return "（未署名）";
    }
    User user = task.getProcessEngineServices().getIdentityService().createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() == null ? userId : user.getFirstName());
  }
}
