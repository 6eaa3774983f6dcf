package cn.secretariat.flow.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code secretariat.branding.*}: what the webapps call themselves.
 *
 * @param name   shown in the header of Tasklist, Cockpit and Admin and on their login pages
 * @param vendor shown beside it
 */
@ConfigurationProperties("secretariat.branding")
public record BrandingProperties(
    @DefaultValue("秘书处工作平台") String name,
    @DefaultValue("省人大常委会办公厅") String vendor) {
}
