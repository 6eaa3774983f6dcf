package cn.secretariat.flow.outgoing;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.outgoing.*}
 *
 * @param issuerCodes              the 机关代字 this office may issue under (the draft form offers the same list)
 * @param thirdReviewers           the group that performs 三审: a leader's secretaries or the section chiefs
 * @param subordinateOrganMarkers  name fragments of subordinate organs, which a 请示 must not copy
 */
@ConfigurationProperties("secretariat.outgoing")
public record OutgoingProperties(
    @DefaultValue({"陕人办发", "陕人办函", "陕人办字"}) List<String> issuerCodes,
    @DefaultValue("chiefs") String thirdReviewers,
    @DefaultValue({"市人大常委会", "县人大常委会", "区人大常委会", "各处室"}) List<String> subordinateOrganMarkers) {
}
