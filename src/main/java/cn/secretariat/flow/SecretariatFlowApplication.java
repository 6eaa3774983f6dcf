package cn.secretariat.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 秘书处工作平台: Camunda 7 engine, Tasklist, Cockpit, Admin and REST in one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SecretariatFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(SecretariatFlowApplication.class, args);
  }
}
