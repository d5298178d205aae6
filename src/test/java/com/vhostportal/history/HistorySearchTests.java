package com.vhostportal.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vhostportal.apim.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@ActiveProfiles("test")
@Import({ HistoryRepository.class, AuditChain.class, AuditKeys.class })
@EnableConfigurationProperties(AuditProperties.class)
class HistorySearchTests {

	@Autowired
	private HistoryRepository history;

	@Autowired
	private JdbcClient jdbc;

	private AuditTestRecords records;

	@BeforeEach
	void seed() {
		this.records = new AuditTestRecords(this.history, this.jdbc);
		// @formatter:off
		this.records.record("acme", "platform", "ada", Operation.CREATE,
				HistoryStatus.SUCCEEDED, "orders-api", at("2026-01-10T09:00:00Z"));
		this.records.record("acme", "platform", "bob", Operation.UPDATE,
				HistoryStatus.FAILED, "Orders-Internal", at("2026-01-20T09:00:00Z"));
		this.records.record("globex", "payments", "ada", Operation.DELETE,
				HistoryStatus.UNCONFIRMED, "pay_100%", at("2026-02-01T23:59:59Z"));
		this.records.record("globex", "payments", "carol", Operation.CREATE,
				HistoryStatus.PENDING, "payx100a", at("2026-02-02T00:00:00Z"));
		// @formatter:on
	}

	@Test
	void searchWhenTenantGivenThenOnlyThatTenant() {
		List<String> found = hosts(search("acme", null, null, null, null, null, null, null));

		assertThat(found).containsExactly("Orders-Internal", "orders-api");
	}

	@Test
	void searchWhenTeamGivenThenOnlyThatTeam() {
		List<String> found = hosts(search(null, "payments", null, null, null, null, null, null));

		assertThat(found).containsExactly("payx100a", "pay_100%");
	}

	@Test
	void searchWhenUserGivenThenOnlyThatUser() {
		List<String> found = hosts(search(null, null, "ada", null, null, null, null, null));

		assertThat(found).containsExactly("pay_100%", "orders-api");
	}

	@Test
	void searchWhenOperationGivenThenOnlyThatOperation() {
		assertThat(hosts(search(null, null, null, Operation.CREATE, null, null, null, null)))
			.containsExactly("payx100a", "orders-api");
	}

	@Test
	void searchWhenOutcomeGivenThenOnlyThatOutcome() {
		assertThat(hosts(search(null, null, null, null, HistoryStatus.FAILED, null, null, null)))
			.containsExactly("Orders-Internal");
	}

	@Test
	void searchWhenPartOfHostGivenThenMatchesInAnyCase() {
		List<String> found = hosts(search(null, null, null, null, null, "ORDERS", null, null));

		assertThat(found).containsExactly("Orders-Internal", "orders-api");
	}

	@Test
	void searchWhenHostHasLikeWildcardsThenTheyMatchLiterally() {
		List<String> found = hosts(search(null, null, null, null, null, "_100%", null, null));

		assertThat(found).containsExactly("pay_100%");
	}

	@Test
	void searchWhenDateRangeGivenThenBothDaysIncluded() {
		assertThat(hosts(search(null, null, null, null, null, null, LocalDate.parse("2026-01-20"),
				LocalDate.parse("2026-02-01"))))
			.containsExactly("pay_100%", "Orders-Internal");
	}

	@Test
	void searchWhenFiltersCombinedThenAllApply() {
		LocalDate from = LocalDate.parse("2026-01-01");
		LocalDate to = LocalDate.parse("2026-01-31");
		Operation create = Operation.CREATE;
		HistoryStatus succeeded = HistoryStatus.SUCCEEDED;
		HistoryStatus failed = HistoryStatus.FAILED;

		var all = hosts(search("acme", "platform", "ada", create, succeeded, "order", from, to));
		var none = hosts(search("acme", null, "ada", null, failed, null, null, null));

		assertThat(all).containsExactly("orders-api");
		assertThat(none).isEmpty();
	}

	@Test
	void searchWhenViewerReadsSomeTeamsThenIntersected() {
		HistorySearch everything = HistorySearch.ALL;
		HistorySearch payments = filters(null, "payments", null, null, null, null, null, null);
		Set<String> platform = Set.of("platform");

		List<HistoryRecord> visible = this.history.search(everything, null, 10, platform);

		assertThat(visible).extracting(HistoryRecord::team).containsOnly("platform").hasSize(2);
		assertThat(this.history.search(payments, null, 10, platform)).isEmpty();
		assertThat(this.history.search(everything, null, 10, Set.of())).isEmpty();
	}

	@Test
	void searchWhenPagedByKeysetThenEveryMatchOnceNewestFirst() {
		Operation update = Operation.UPDATE;
		HistoryStatus succeeded = HistoryStatus.SUCCEEDED;
		for (int i = 0; i < 7; i++) {
			String host = "page-" + i;
			this.records.record("initech", "platform", "dave", update, succeeded, host, null);
		}
		HistorySearch search = filters("initech", null, null, null, null, null, null, null);

		List<String> seen = new ArrayList<>();
		Long before = null;
		List<HistoryRecord> page;
		int pages = 0;
		do {
			page = this.history.search(search, before, 3, null);
			page.forEach((record) -> seen.add(record.virtualHost()));
			before = page.isEmpty() ? null : page.get(page.size() - 1).id();
			pages++;
		}
		while (page.size() == 3);

		assertThat(pages).isEqualTo(3);
		// @formatter:off
		assertThat(seen).containsExactly("page-6", "page-5", "page-4", "page-3", "page-2",
				"page-1", "page-0");
		// @formatter:on
	}

	@Test
	void parametersWhenFiltersSetThenOnlyThoseKeptForTheLink() {
		LocalDate from = LocalDate.parse("2026-01-01");
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		// @formatter:off
		HistorySearch search = new HistorySearch("acme", " ", null, Operation.UPDATE, null,
				"orders", from, null, berlin);
		// @formatter:on

		Map<String, String> parameters = search.parameters().toSingleValueMap();

		// @formatter:off
		assertThat(parameters).containsExactly(
				Map.entry("tenant", "acme"),
				Map.entry("operation", "UPDATE"),
				Map.entry("host", "orders"),
				Map.entry("from", "2026-01-01"),
				Map.entry("zone", "Europe/Berlin"));
		// @formatter:on
	}

	@Test
	void searchWhenZoneGivenThenDaysAreThatZonesDays() {
		LocalDate day = LocalDate.parse("2026-02-02");
		HistorySearch utc = new HistorySearch(null, null, null, null, null, null, day, day, null);
		ZoneId berlinZone = ZoneId.of("Europe/Berlin");
		HistorySearch berlin = utc.withZoneOr(berlinZone);

		List<String> utcHosts = hosts(this.history.search(utc, null, 10, null));
		List<String> berlinHosts = hosts(this.history.search(berlin, null, 10, null));

		// 2026-02-01T23:59:59Z is already 2 February in Berlin.
		assertThat(utcHosts).containsExactly("payx100a");
		assertThat(berlinHosts).containsExactly("payx100a", "pay_100%");
		assertThat(berlin.withZoneOr(ZoneId.of("UTC")).zone()).isEqualTo(berlinZone);
	}

	// @formatter:off
	private List<HistoryRecord> search(String tenant, String team, String user,
			Operation operation, HistoryStatus outcome, String host, LocalDate from,
			LocalDate to) {
	// @formatter:on
		HistorySearch filters = filters(tenant, team, user, operation, outcome, host, from, to);
		return this.history.search(filters, null, 10, null);
	}

	// @formatter:off
	private static HistorySearch filters(String tenant, String team, String user,
			Operation operation, HistoryStatus outcome, String host, LocalDate from,
			LocalDate to) {
	// @formatter:on
		return new HistorySearch(tenant, team, user, operation, outcome, host, from, to, null);
	}

	private static List<String> hosts(List<HistoryRecord> records) {
		return records.stream().map(HistoryRecord::virtualHost).toList();
	}

	private static OffsetDateTime at(String instant) {
		return OffsetDateTime.parse(instant);
	}

}
