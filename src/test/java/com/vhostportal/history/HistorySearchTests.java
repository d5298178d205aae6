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
		this.records.record("acme", "platform", "ada", Operation.CREATE, HistoryStatus.SUCCEEDED, "orders-api",
				at("2026-01-10T09:00:00Z"));
		this.records.record("acme", "platform", "bob", Operation.UPDATE, HistoryStatus.FAILED, "Orders-Internal",
				at("2026-01-20T09:00:00Z"));
		this.records.record("globex", "payments", "ada", Operation.DELETE, HistoryStatus.UNCONFIRMED, "pay_100%",
				at("2026-02-01T23:59:59Z"));
		this.records.record("globex", "payments", "carol", Operation.CREATE, HistoryStatus.PENDING, "payx100a",
				at("2026-02-02T00:00:00Z"));
	}

	@Test
	void searchWhenTenantGivenThenOnlyThatTenant() {
		assertThat(hosts(search("acme", null, null, null, null, null, null, null))).containsExactly("Orders-Internal",
				"orders-api");
	}

	@Test
	void searchWhenTeamGivenThenOnlyThatTeam() {
		assertThat(hosts(search(null, "payments", null, null, null, null, null, null))).containsExactly("payx100a",
				"pay_100%");
	}

	@Test
	void searchWhenUserGivenThenOnlyThatUser() {
		assertThat(hosts(search(null, null, "ada", null, null, null, null, null))).containsExactly("pay_100%",
				"orders-api");
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
		assertThat(hosts(search(null, null, null, null, null, "ORDERS", null, null))).containsExactly("Orders-Internal",
				"orders-api");
	}

	@Test
	void searchWhenHostHasLikeWildcardsThenTheyMatchLiterally() {
		assertThat(hosts(search(null, null, null, null, null, "_100%", null, null))).containsExactly("pay_100%");
	}

	@Test
	void searchWhenDateRangeGivenThenBothDaysIncluded() {
		assertThat(hosts(search(null, null, null, null, null, null, LocalDate.parse("2026-01-20"),
				LocalDate.parse("2026-02-01"))))
			.containsExactly("pay_100%", "Orders-Internal");
	}

	@Test
	void searchWhenFiltersCombinedThenAllApply() {
		assertThat(hosts(search("acme", "platform", "ada", Operation.CREATE, HistoryStatus.SUCCEEDED, "order",
				LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"))))
			.containsExactly("orders-api");
		assertThat(hosts(search("acme", null, "ada", null, HistoryStatus.FAILED, null, null, null))).isEmpty();
	}

	@Test
	void searchWhenViewerReadsSomeTeamsThenIntersected() {
		HistorySearch everything = HistorySearch.ALL;

		assertThat(this.history.search(everything, null, 10, Set.of("platform"))).extracting(HistoryRecord::team)
			.containsOnly("platform")
			.hasSize(2);
		assertThat(this.history.search(new HistorySearch(null, "payments", null, null, null, null, null, null, null),
				null, 10, Set.of("platform")))
			.isEmpty();
		assertThat(this.history.search(everything, null, 10, Set.of())).isEmpty();
	}

	@Test
	void searchWhenPagedByKeysetThenEveryMatchOnceNewestFirst() {
		for (int i = 0; i < 7; i++) {
			this.records.record("initech", "platform", "dave", Operation.UPDATE, HistoryStatus.SUCCEEDED, "page-" + i,
					null);
		}
		HistorySearch search = new HistorySearch("initech", null, null, null, null, null, null, null, null);

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
		assertThat(seen).containsExactly("page-6", "page-5", "page-4", "page-3", "page-2", "page-1", "page-0");
	}

	@Test
	void parametersWhenFiltersSetThenOnlyThoseKeptForTheLink() {
		HistorySearch search = new HistorySearch("acme", " ", null, Operation.UPDATE, null, "orders",
				LocalDate.parse("2026-01-01"), null, ZoneId.of("Europe/Berlin"));

		assertThat(search.parameters().toSingleValueMap()).containsExactly(Map.entry("tenant", "acme"),
				Map.entry("operation", "UPDATE"), Map.entry("host", "orders"), Map.entry("from", "2026-01-01"),
				Map.entry("zone", "Europe/Berlin"));
	}

	@Test
	void searchWhenZoneGivenThenDaysAreThatZonesDays() {
		LocalDate day = LocalDate.parse("2026-02-02");
		HistorySearch utc = new HistorySearch(null, null, null, null, null, null, day, day, null);
		HistorySearch berlin = utc.withZoneOr(ZoneId.of("Europe/Berlin"));

		// 2026-02-01T23:59:59Z is already 2 February in Berlin.
		assertThat(hosts(this.history.search(utc, null, 10, null))).containsExactly("payx100a");
		assertThat(hosts(this.history.search(berlin, null, 10, null))).containsExactly("payx100a", "pay_100%");
		assertThat(berlin.withZoneOr(ZoneId.of("UTC")).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
	}

	private List<HistoryRecord> search(String tenant, String team, String user, Operation operation,
			HistoryStatus outcome, String host, LocalDate from, LocalDate to) {
		return this.history.search(new HistorySearch(tenant, team, user, operation, outcome, host, from, to, null),
				null, 10, null);
	}

	private static List<String> hosts(List<HistoryRecord> records) {
		return records.stream().map(HistoryRecord::virtualHost).toList();
	}

	private static OffsetDateTime at(String instant) {
		return OffsetDateTime.parse(instant);
	}

}
