package cn.secretariat.flow.identity;

import static cn.secretariat.flow.identity.Groups.*;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo staff of the embedded default ({@code secretariat.demo.enabled=true}): the departments that
 * handle documents and one person per role ({@code secret1} cleared to 机密). The working groups themselves
 * exist in every mode ({@link OfficeGroups}). Created once; a second start, or a
 * person an administrator changed, is left as it is.
 */
@Component
public class DemoStaff {

  /** Camunda shows "first last": the full Chinese name goes first, the post after it (王晓文 文秘). */
  record Person(String id, String name, String post, List<String> groups) {
  }

  static final List<String[]> DEPARTMENTS = List.of(
      new String[] {"dept-legal", "法制工作委员会"},
      new String[] {"dept-finance", "财政经济委员会"},
      new String[] {"dept-education", "教育科学文化卫生委员会"},
      new String[] {"dept-environment", "环境与资源保护委员会"},
      new String[] {"dept-representatives", "代表工作委员会"},
      new String[] {"dept-research", "研究室"});

  static final List<Person> PEOPLE = List.of(
      new Person("clerk1", "王晓文", "文秘", List.of(CLERKS)),
      new Person("clerk2", "李静", "文秘", List.of(CLERKS)),
      new Person("secret1", "赵敏", "机要员", List.of(CLERKS, CONFIDENTIAL, "clearance-confidential")),
      new Person("chief", "张伟", "处长", List.of(CHIEFS)),
      new Person("leader", "刘建国", "秘书长", List.of(LEADERS)),
      new Person("scleader", "高志远", "分管副主任", List.of(SC_LEADERS)),
      new Person("supervisor", "陈立", "督办员", List.of(SUPERVISORS)),
      new Person("archivist", "杨帆", "档案员", List.of(ARCHIVISTS)),
      new Person("duty", "周强", "值班员", List.of(DUTY)),
      new Person("duty2", "何平", "值班员", List.of(DUTY)),
      new Person("legal1", "吴涛", "法工委", List.of("dept-legal")),
      new Person("finance1", "郑洁", "财经委", List.of("dept-finance")),
      new Person("education1", "孙磊", "教科文卫委", List.of("dept-education")),
      new Person("environment1", "钱坤", "环资委", List.of("dept-environment")),
      new Person("representatives1", "冯雪", "代表工委", List.of("dept-representatives")),
      new Person("research1", "褚明", "研究室", List.of("dept-research")));

  private final IdentityBootstrap identity;
  private final DemoProperties properties;

  public DemoStaff(IdentityBootstrap identity, DemoProperties properties) {
    this.identity = identity;
    this.properties = properties;
  }

  @EventListener
  @Order(10)
  public void onReady(ApplicationReadyEvent event) {
    if (!properties.enabled()) {
      return;
    }
    if (!StringUtils.hasText(properties.password())) {
      throw new IllegalStateException("secretariat.demo.password must be set when secretariat.demo.enabled is true");
    }
    DEPARTMENTS.forEach(g -> identity.groupIfAbsent(g[0], g[1], Departments.GROUP_TYPE));
    for (Person person : PEOPLE) {
      identity.userIfAbsent(person.id(), person.name(), person.post(), properties.password());
      person.groups().forEach(group -> identity.membershipIfAbsent(person.id(), group));
    }
  }
}
