package com.vhostportal.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vhostportal.apim.Operation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.concurrent.CompletableFuture.completedFuture;

/**
 * Stores submissions. Records are only ever added, completed once and, if their outcome
 * stayed open, settled once by the reconciler; when a record reaches its final state it
 * joins the audit chain in the same transaction, and nothing changes it afterwards.
 */
@Repository
public class HistoryRepository {

	// Answers can be whole HTML error pages; keep enough to diagnose, not megabytes.
	private static final int MAX_BODY_CHARS = 64 * 1024;

	private static final int MAX_MESSAGE_CHARS = 4000;

	// Big enough that an export makes few round trips, small enough to stay a few MB.
	private static final int STREAM_CHUNK = 2000;

	private static final ThreadFactory READER_THREADS = (task) -> {
		Thread thread = new Thread(task, "history-export-reader");
		thread.setDaemon(true);
		return thread;
	};

	private static final String COLUMNS = """
			id, created_at, completed_at, username, tenant_id, tenant_name, \
			operation, virtual_host, virtual_host_id, status, request_url, request_body, \
			before_state, http_status, response_body, error_code, error_message, duration_ms, \
			correlation_id, user_subject, user_display_name, user_email, team, \
			certificate_findings, certificate_policy, failure_kind, reconciled_at, \
			reconciliation_note, chain_seq, chain_mac, chain_key_id""";

	private static final String SELECT_RECORDS = "SELECT " + COLUMNS + " FROM history_record ";

	private static final String NEWEST_PAGE = " ORDER BY id DESC FETCH FIRST :size ROWS ONLY";

	private static final String INSERT_PENDING = """
			INSERT INTO history_record (created_at, username, tenant_id, tenant_name, operation,
			    virtual_host, virtual_host_id, status, request_url, request_body, before_state,
			    correlation_id, user_subject, user_display_name, user_email, team,
			    certificate_findings, certificate_policy)
			VALUES (:createdAt, :username, :tenantId, :tenantName, :operation, :virtualHost,
			    :virtualHostId, 'PENDING', :requestUrl, :requestBody, :beforeState, :correlationId,
			    :subject, :displayName, :email, :team, :certificateFindings, :certificatePolicy)
			""";

	private static final String SELECT_DUE = SELECT_RECORDS + """
			WHERE (status = 'UNCONFIRMED' AND completed_at < :unconfirmedBefore) \
			OR (status = 'PENDING' AND created_at < :pendingBefore) \
			ORDER BY id FETCH FIRST :limit ROWS ONLY""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditChain chain;

	private final TransactionTemplate transaction;

	// @formatter:off
	HistoryRepository(JdbcClient jdbc, Clock clock, AuditChain chain,
			PlatformTransactionManager transactions) {
	// @formatter:on
		this.jdbc = jdbc;
		this.clock = clock;
		this.chain = chain;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records a submission as pending.
	 * @param submission what is about to be sent
	 * @return the new record's id
	 */
	public long recordPending(NewSubmission submission) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT_PENDING)
			.param("createdAt", now())
			.param("username", submission.username())
			.param("tenantId", submission.tenantId())
			.param("tenantName", submission.tenantName())
			.param("operation", submission.operation().name())
			.param("virtualHost", submission.virtualHost())
			.param("virtualHostId", submission.virtualHostId())
			.param("requestUrl", submission.requestUrl())
			.param("requestBody", submission.requestBody())
			.param("beforeState", submission.beforeState())
			.param("correlationId", submission.correlationId())
			.param("subject", submission.person().subject())
			.param("displayName", truncate(submission.person().displayName(), 200))
			.param("email", truncate(submission.person().email(), 320))
			.param("team", submission.team())
			.param("certificateFindings", submission.certificateFindings())
			.param("certificatePolicy", submission.certificatePolicy())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Records the outcome of a pending submission.
	 * @param id the record id
	 * @param outcome the outcome
	 * @throws IllegalStateException if the record is not pending
	 */
	public void complete(long id, SubmissionOutcome outcome) {
		// An UNCONFIRMED record is settled later by the reconciler; it joins the chain
		// then.
		this.transaction.executeWithoutResult((status) -> {
			completeInTransaction(id, outcome);
			if (outcome.status() != HistoryStatus.UNCONFIRMED) {
				this.chain.append(id);
			}
		});
	}

	private void completeInTransaction(long id, SubmissionOutcome outcome) {
		int updated = this.jdbc.sql("""
				UPDATE history_record
				SET completed_at = :completedAt, status = :status, http_status = :httpStatus,
				    virtual_host_id = COALESCE(:virtualHostId, virtual_host_id),
				    response_body = :responseBody, error_code = :errorCode,
				    error_message = :errorMessage, duration_ms = :durationMillis,
				    failure_kind = :failureKind
				WHERE id = :id AND status = 'PENDING'
				""")
			.param("completedAt", now())
			.param("status", outcome.status().name())
			.param("httpStatus", outcome.httpStatus())
			.param("virtualHostId", outcome.virtualHostId())
			.param("responseBody", truncate(outcome.responseBody(), MAX_BODY_CHARS))
			.param("errorCode", truncate(outcome.errorCode(), 200))
			.param("errorMessage", truncate(outcome.errorMessage(), MAX_MESSAGE_CHARS))
			.param("durationMillis", outcome.durationMillis())
			.param("failureKind", outcome.failureKind())
			.param("id", id)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("History record " + id + " is not pending");
		}
	}

	/**
	 * Settles a record whose outcome was open (PENDING or UNCONFIRMED) from what the
	 * tenant's virtual host list shows. Only the status, the completion time (if none was
	 * recorded), the virtual host id (if none was known) and the reconciliation columns
	 * change; what was recorded about the call stays.
	 * @param id the record id
	 * @param status the settled status, SUCCEEDED or FAILED
	 * @param virtualHostId the host found, or {@code null}
	 * @param note what was found
	 * @return {@code true} if this call settled it, {@code false} if it was settled
	 * already
	 */
	public boolean reconcile(long id, HistoryStatus status, String virtualHostId, String note) {
		return Boolean.TRUE.equals(this.transaction.execute((tx) -> {
			boolean settled = settle(id, status, virtualHostId, note);
			if (settled) {
				this.chain.append(id);
			}
			return settled;
		}));
	}

	private boolean settle(long id, HistoryStatus status, String virtualHostId, String note) {
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				UPDATE history_record
				SET status = :status, completed_at = COALESCE(completed_at, :now),
				    virtual_host_id = COALESCE(virtual_host_id, :virtualHostId),
				    reconciled_at = :now, reconciliation_note = :note
				WHERE id = :id AND status IN ('PENDING', 'UNCONFIRMED')
				""")
			.param("status", status.name())
			.param("now", now)
			.param("virtualHostId", virtualHostId)
			.param("note", truncate(note, 1000))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Returns the records whose outcome is open and due for reconciliation, oldest first.
	 * @param unconfirmedBefore UNCONFIRMED records completed before this time are due
	 * @param pendingBefore PENDING records created before this time are due: their
	 * request can no longer be under way
	 * @param limit the most records returned
	 * @return the records
	 */
	// @formatter:off
	public List<HistoryRecord> dueForReconciliation(OffsetDateTime unconfirmedBefore,
			OffsetDateTime pendingBefore, int limit) {
	// @formatter:on
		return this.jdbc.sql(SELECT_DUE)
			.param("unconfirmedBefore", unconfirmedBefore)
			.param("pendingBefore", pendingBefore)
			.param("limit", limit)
			.query(HistoryRepository::map)
			.list();
	}

	/**
	 * Returns one record.
	 * @param id the record id
	 * @return the record, if it exists
	 */
	public Optional<HistoryRecord> find(long id) {
		return this.jdbc.sql(SELECT_RECORDS + "WHERE id = :id")
			.param("id", id)
			.query(HistoryRepository::map)
			.optional();
	}

	/**
	 * Returns a page of records, newest first, older than a given record (keyset paging).
	 * @param beforeId only records with a lower id, or {@code null} for the newest
	 * @param size the page size
	 * @return the records
	 */
	public List<HistoryRecord> page(Long beforeId, int size) {
		return page(beforeId, size, null);
	}

	/**
	 * Returns a page of the records of some teams, newest first, older than a given
	 * record (keyset paging).
	 * @param beforeId only records with a lower id, or {@code null} for the newest
	 * @param size the page size
	 * @param teams only records of these teams, or {@code null} for every record
	 * @return the records
	 */
	public List<HistoryRecord> page(Long beforeId, int size, Collection<String> teams) {
		return search(HistorySearch.ALL, beforeId, size, teams);
	}

	/**
	 * Returns a page of the records that match a search, newest first, older than a given
	 * record (keyset paging).
	 * @param search the filters
	 * @param beforeId only records with a lower id, or {@code null} for the newest
	 * @param size the page size
	 * @param teams only records of these teams, or {@code null} for every record
	 * @return the records
	 */
	// @formatter:off
	public List<HistoryRecord> search(HistorySearch search, Long beforeId, int size,
			Collection<String> teams) {
	// @formatter:on
		HistoryQuery query = new HistoryQuery(search, teams).before(beforeId);
		if (query.matchesNothing()) {
			return List.of();
		}
		String sql = SELECT_RECORDS + query.where() + NEWEST_PAGE;
		return this.jdbc.sql(sql)
			.paramSource(query.parameters().addValue("size", size))
			.query(HistoryRepository::map)
			.list();
	}

	/**
	 * Hands every record that matches a search to a consumer, newest first, one at a
	 * time. Records are read in keyset chunks, each its own short query, so memory does
	 * not grow with the result and no query stays open for the whole export. The next
	 * chunk is read on a second thread while the consumer handles the current one, so
	 * reading and writing an export use both cores instead of taking turns.
	 * @param search the filters
	 * @param teams only records of these teams, or {@code null} for every record
	 * @param consumer receives each record
	 */
	// @formatter:off
	public void stream(HistorySearch search, Collection<String> teams,
			Consumer<HistoryRecord> consumer) {
	// @formatter:on
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Another thread would not see what this transaction sees: read in turns.
			eachChunk((before) -> completedFuture(chunk(search, before, teams)), consumer);
			return;
		}
		ExecutorService reader = Executors.newSingleThreadExecutor(READER_THREADS);
		try {
			eachChunk((before) -> reader.submit(() -> chunk(search, before, teams)), consumer);
		}
		finally {
			reader.shutdownNow();
		}
	}

	// @formatter:off
	private static void eachChunk(Function<Long, Future<List<HistoryRecord>>> read,
			Consumer<HistoryRecord> consumer) {
	// @formatter:on
		Future<List<HistoryRecord>> next = read.apply(null);
		while (next != null) {
			List<HistoryRecord> chunk = waitFor(next);
			boolean more = chunk.size() == STREAM_CHUNK;
			next = more ? read.apply(chunk.get(chunk.size() - 1).id()) : null;
			chunk.forEach(consumer);
		}
	}

	private List<HistoryRecord> chunk(HistorySearch search, Long before, Collection<String> of) {
		return search(search, before, STREAM_CHUNK, of);
	}

	private static List<HistoryRecord> waitFor(Future<List<HistoryRecord>> chunk) {
		try {
			return chunk.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the history", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("Reading the history failed", ex.getCause());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	private static HistoryRecord map(ResultSet rs, int row) throws SQLException {
		// @formatter:off
		return new HistoryRecord(
				rs.getLong("id"),
				rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("completed_at", OffsetDateTime.class),
				rs.getString("username"),
				rs.getString("tenant_id"),
				rs.getString("tenant_name"),
				Operation.valueOf(rs.getString("operation")),
				rs.getString("virtual_host"),
				rs.getString("virtual_host_id"),
				HistoryStatus.valueOf(rs.getString("status")),
				rs.getString("request_url"),
				rs.getString("request_body"),
				rs.getString("before_state"),
				rs.getObject("http_status", Integer.class),
				rs.getString("response_body"),
				rs.getString("error_code"),
				rs.getString("error_message"),
				rs.getObject("duration_ms", Long.class),
				rs.getString("correlation_id"),
				new Submitter(rs.getString("user_subject"), rs.getString("user_display_name"),
						rs.getString("user_email")),
				rs.getString("team"),
				rs.getString("certificate_findings"),
				rs.getString("certificate_policy"),
				rs.getString("failure_kind"),
				rs.getObject("reconciled_at", OffsetDateTime.class),
				rs.getString("reconciliation_note"),
				rs.getObject("chain_seq", Long.class),
				rs.getString("chain_mac"),
				rs.getString("chain_key_id"));
		// @formatter:on
	}

}
