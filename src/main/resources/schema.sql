-- The application's own tables, next to Camunda's in the same database (H2 and PostgreSQL alike).
-- Run on every start by Spring (spring.sql.init.mode=always); every statement must be repeatable.

-- 发文字号: the last sequence handed out per 机关代字 and year; the row is locked while a number is taken
CREATE TABLE IF NOT EXISTS sf_doc_number_sequence (
  issuer_code VARCHAR(32) NOT NULL,
  doc_year    INTEGER     NOT NULL,
  last_value  INTEGER     NOT NULL,
  PRIMARY KEY (issuer_code, doc_year)
);

-- every number handed out, at most one per process instance (a retried job finds its own)
CREATE TABLE IF NOT EXISTS sf_doc_number (
  issuer_code         VARCHAR(32)  NOT NULL,
  doc_year            INTEGER      NOT NULL,
  sequence_value      INTEGER      NOT NULL,
  doc_number          VARCHAR(64)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  assigned_at         TIMESTAMP    NOT NULL,
  PRIMARY KEY (issuer_code, doc_year, sequence_value),
  CONSTRAINT sf_doc_number_instance UNIQUE (process_instance_id)
);
