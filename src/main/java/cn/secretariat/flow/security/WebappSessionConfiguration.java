package cn.secretariat.flow.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.CookieConfigurator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Webapp logins live in the database (Spring Session JDBC, README "No sticky sessions"); this adds what
 * Camunda's webapps need on top: {@link LoginCsrfTokenFilter} on the login endpoint, inside Spring
 * Session's filter so that it sees the shared session.
 */
@Configuration(proxyBeanMethods = false)
public class WebappSessionConfiguration {

  @Bean
  public FilterRegistrationBean<LoginCsrfTokenFilter> loginCsrfTokenFilter(CamundaBpmProperties camunda) {
    String path = camunda.getWebapp().getApplicationPath();
    CookieConfigurator cookies = new CookieConfigurator();
    cookies.parseParams(filterConfig(camunda.getWebapp().getCsrf().getInitParams()));
    FilterRegistrationBean<LoginCsrfTokenFilter> registration =
        new FilterRegistrationBean<>(new LoginCsrfTokenFilter(cookies, path.isEmpty() ? "/" : path));
    registration.addUrlPatterns(path + "/api/admin/auth/user/*");
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
    registration.setName("loginCsrfTokenFilter");
    return registration;
  }

  private static FilterConfig filterConfig(Map<String, String> parameters) {
    return new FilterConfig() {
      @Override
      public String getFilterName() {
        return "loginCsrfTokenFilter";
      }

      @Override
      public ServletContext getServletContext() {
        return null;
      }

      @Override
      public String getInitParameter(String name) {
        return parameters.get(name);
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(parameters.keySet());
      }
    };
  }
}
