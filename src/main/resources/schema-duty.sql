-- 值班值守: the duty roster, one row per duty day (the day begins at secretariat.duty.shift-change).
-- Repeatable; valid on H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS sf_duty_roster (
  duty_date  DATE         NOT NULL,
  track      VARCHAR(16)  NOT NULL,
  officer_id VARCHAR(64)  NOT NULL,
  leader_id  VARCHAR(64),
  updated_by VARCHAR(64)  NOT NULL,
  updated_at TIMESTAMP    NOT NULL,
  PRIMARY KEY (duty_date)
);
