package cn.secretariat.flow.outgoing;

import org.springframework.stereotype.Component;

/** Who performs 三审 ({@code camunda:candidateGroups="${outgoingReviewers.third()}"}), as configured. */
@Component("outgoingReviewers")
public class OutgoingReviewers {

  private final OutgoingProperties properties;

  public OutgoingReviewers(OutgoingProperties properties) {
    this.properties = properties;
  }

  public String third() {
    return properties.thirdReviewers();
  }
}
