package cn.secretariat.flow.archive;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.archive.*}: the parts of the 档号 (DA/T 22-2015
 * {@code 全宗号-门类代码·年度-保管期限-机构代码-件号}), the categories the archivists file under, and loans.
 *
 * @param fondsCode        全宗号 of the office, e.g. J021
 * @param categoryCode     门类代码: WS for 文书
 * @param organisationCode 机构代码 of the secretariat, e.g. BGT
 * @param categories       分类 the 整理编目 form offers (the form lists the same words)
 * @param loanEndsAt       on the borrower's due date, the loan ends (and electronic access stops) at this time
 * @param maxLoanDays      the longest loan a borrower may ask for, in calendar days
 */
@ConfigurationProperties("secretariat.archive")
public record ArchiveProperties(
    @DefaultValue("J021") String fondsCode,
    @DefaultValue("WS") String categoryCode,
    @DefaultValue("BGT") String organisationCode,
    @DefaultValue({"综合", "会议", "立法", "监督", "代表工作", "人事", "财务"}) List<String> categories,
    @DefaultValue("17:30") LocalTime loanEndsAt,
    @DefaultValue("90") int maxLoanDays) {
}
