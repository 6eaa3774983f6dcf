package cn.secretariat.flow.document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The row of a number sequence (发文字号, 档号 件号) is created by its first caller. Two first callers race on
 * the insert; the loser's duplicate key is confined to a savepoint of the caller's (the engine's)
 * transaction, so it neither spoils that transaction nor needs a second connection (twenty waiting callers
 * holding one connection each would otherwise exhaust the pool). The number itself is then taken under
 * the row's lock by the caller.
 */
@Component
public class SequenceRows {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public SequenceRows(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Runs {@code insertSql} unless {@code countSql} finds the row; both take the same key parameters.
   */
  public void createIfAbsent(String countSql, String insertSql, Object... key) {
    Integer rows = jdbc.queryForObject(countSql, Integer.class, key);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(insertSql, key));
    } catch (DuplicateKeyException alreadyCreated) {
      // another first caller created it: fine
    }
  }
}
