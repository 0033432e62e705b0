package org.gavel.voting;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proxies over HTTP on PostgreSQL: given within the cap and before the deadline, cast by
 * the holder, overridden by the principal in person; every refusal a clear 4xx with
 * nothing written.
 */
@GavelIntegrationTest
class ProxiesIT {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aHolderVotesForThePrincipalAndThePrincipalInPersonOverridesIt() throws Exception {
		String ballot = open("proxy-majority");
		PortalClient ana = signedIn("ana");
		PortalClient kofi = signedIn("kofi");

		HttpResponse<String> given = ana.postJson(ballot + "/proxies", "{\"holder\": \"kofi\"}");
		assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
		HttpResponse<String> notHolder = signedIn("bao").postJson(ballot + "/votes",
				"{\"choice\": \"FOR\", \"onBehalfOf\": \"ana\"}");
		assertThat(notHolder.statusCode()).isEqualTo(403);
		assertThat(PortalClient.detail(notHolder)).isEqualTo("bao holds no proxy from ana in this ballot.");

		HttpResponse<String> byProxy = kofi.postJson(ballot + "/votes",
				"{\"choice\": \"AGAINST\", \"onBehalfOf\": \"ana\"}");
		assertThat(byProxy.statusCode()).isEqualTo(201);
		HttpResponse<String> own = kofi.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		assertThat(own.statusCode()).as("the holder's own vote is separate").isEqualTo(201);
		HttpResponse<String> again = kofi.postJson(ballot + "/votes", "{\"choice\": \"FOR\", \"onBehalfOf\": \"ana\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(PortalClient.detail(again))
			.isEqualTo("ana has already voted by proxy, and this ballot does not allow a vote to be changed.");

		HttpResponse<String> inPerson = ana.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		assertThat(inPerson.statusCode()).as("the principal overrides the proxy").isEqualTo(201);
		HttpResponse<String> late = kofi.postJson(ballot + "/votes",
				"{\"choice\": \"AGAINST\", \"onBehalfOf\": \"ana\"}");
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(PortalClient.detail(late)).isEqualTo("ana has voted in person, which overrides the proxy.");
		HttpResponse<String> twice = ana.postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}");
		assertThat(twice.statusCode()).isEqualTo(409);

		assertThat(counted(ballot, "ana")).as("one counted vote for ana: her own").containsExactly("FOR|ONLINE|");
		assertThat(superseded(ballot, "ana")).containsExactly("AGAINST|PROXY|kofi");
	}

	@Test
	void aProxyOverTheCapAfterTheDeadlineOrOutsideTheRollIsRefused() throws Exception {
		String ballot = open("proxy-majority");
		PortalClient sara = signedIn("sara");
		assertThat(signedIn("ana").postJson(ballot + "/proxies", "{\"holder\": \"kofi\"}").statusCode()).isEqualTo(201);
		assertThat(signedIn("bao").postJson(ballot + "/proxies", "{\"holder\": \"kofi\"}").statusCode()).isEqualTo(201);
		long before = proxies(ballot);

		HttpResponse<String> overCap = signedIn("nils").postJson(ballot + "/proxies", "{\"holder\": \"kofi\"}");
		HttpResponse<String> notOnRoll = sara.postJson(ballot + "/proxies",
				"{\"principal\": \"tariq\", \"holder\": \"kofi\"}");
		HttpResponse<String> holderNotOnRoll = signedIn("megan").postJson(ballot + "/proxies", "{\"holder\": \"mia\"}");
		HttpResponse<String> forSomebodyElse = signedIn("luca").postJson(ballot + "/proxies",
				"{\"principal\": \"fiona\", \"holder\": \"luca\"}");
		HttpResponse<String> toOneself = signedIn("joost").postJson(ballot + "/proxies", "{\"holder\": \"joost\"}");
		HttpResponse<String> noHolder = signedIn("joost").postJson(ballot + "/proxies", "{}");

		assertThat(overCap.statusCode()).isEqualTo(409);
		assertThat(PortalClient.detail(overCap))
			.isEqualTo("kofi already holds 2 proxies of organisation members, the most this rule set allows.");
		assertThat(notOnRoll.statusCode()).isEqualTo(400);
		assertThat(fieldError(notOnRoll)).isEqualTo("principal: tariq is not on the electoral roll of this ballot.");
		assertThat(holderNotOnRoll.statusCode()).isEqualTo(400);
		assertThat(fieldError(holderNotOnRoll))
			.isEqualTo("holder: mia is not on the electoral roll of this ballot; a proxy holder must be.");
		assertThat(forSomebodyElse.statusCode()).isEqualTo(403);
		assertThat(toOneself.statusCode()).isEqualTo(400);
		assertThat(noHolder.statusCode()).isEqualTo(400);
		assertThat(fieldError(noHolder)).isEqualTo("holder: is required");
		assertThat(proxies(ballot)).isEqualTo(before);

		this.clock.advance(Duration.ofHours(48).plusMinutes(1));
		HttpResponse<String> late = signedIn("claire").postJson(ballot + "/proxies", "{\"holder\": \"olivia\"}");
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(PortalClient.detail(late)).startsWith("Proxies had to be given by ");
		assertThat(proxies(ballot)).isEqualTo(before);

		String noProxies = open("simple-majority");
		HttpResponse<String> notAllowed = signedIn("claire").postJson(noProxies + "/proxies",
				"{\"holder\": \"olivia\"}");
		assertThat(notAllowed.statusCode()).isEqualTo(409);
		assertThat(PortalClient.detail(notAllowed)).isEqualTo("This ballot's rule set allows no proxies.");
	}

	@Test
	void twentyInPersonVotesAtOnceOverridingAProxyGetOneCleanAnswerEach() throws Exception {
		String ballot = open("proxy-majority");
		PortalClient ana = signedIn("ana");
		assertThat(ana.postJson(ballot + "/proxies", "{\"holder\": \"kofi\"}").statusCode()).isEqualTo(201);
		assertThat(signedIn("kofi").postJson(ballot + "/votes", "{\"choice\": \"AGAINST\", \"onBehalfOf\": \"ana\"}")
			.statusCode()).isEqualTo(201);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<HttpResponse<String>>> votes = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				votes.add(() -> ana.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}"));
			}
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : pool.invokeAll(votes)) {
				answers.add(answer.get());
			}
			assertThat(answers).filteredOn((answer) -> answer.statusCode() == 201).hasSize(1);
			assertThat(answers).filteredOn((answer) -> answer.statusCode() != 201)
				.allSatisfy((answer) -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(counted(ballot, "ana")).containsExactly("FOR|ONLINE|");
	}

	@Test
	void concurrentProxiesToOneHolderNeverExceedTheCap() throws Exception {
		String ballot = open("proxy-majority");
		List<String> principals = List.of("ana", "bao", "nils", "olivia", "claire", "kenji", "megan", "luca");
		List<PortalClient> clients = principals.stream().map(this::signedIn).toList();
		ExecutorService pool = Executors.newFixedThreadPool(principals.size());
		try {
			List<Callable<Integer>> grants = new ArrayList<>();
			clients.forEach((client) -> grants
				.add(() -> client.postJson(ballot + "/proxies", "{\"holder\": \"kofi\"}").statusCode()));
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(grants)) {
				statuses.add(status.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(2);
			assertThat(statuses).filteredOn((status) -> status != 201).allMatch((status) -> status == 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(proxies(ballot)).isEqualTo(2);
	}

	@Test
	void aProxyCanBeWithdrawnBeforeItIsUsed() throws Exception {
		String ballot = open("proxy-majority");
		PortalClient ana = signedIn("ana");
		ana.postJson(ballot + "/proxies", "{\"holder\": \"kofi\"}");

		assertThat(signedIn("bao").delete(ballot + "/proxies/ana").statusCode()).isEqualTo(403);
		assertThat(ana.delete(ballot + "/proxies/ana").statusCode()).isEqualTo(200);
		assertThat(ana.delete(ballot + "/proxies/ana").statusCode()).isEqualTo(404);
		assertThat(signedIn("kofi").postJson(ballot + "/votes", "{\"choice\": \"FOR\", \"onBehalfOf\": \"ana\"}")
			.statusCode()).isEqualTo(403);
		assertThat(proxies(ballot)).isZero();
	}

	private String open(String ruleSet) throws Exception {
		PortalClient sara = signedIn("sara");
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();
		HttpResponse<String> opened = sara.postJson("/api/ballots", """
				{"title": "Smallholder inclusion roadmap", "ruleSet": "%s", "rollId": "%s", "opensAt": "%s",
				 "closesAt": "%s", "timeZone": "Asia/Singapore"}""".formatted(ruleSet, roll,
				this.clock.instant().minusSeconds(60), this.clock.instant().plus(Duration.ofHours(72))));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return opened.headers().firstValue("Location").orElseThrow();
	}

	private List<String> counted(String ballot, String voter) {
		return votes(ballot, voter, false);
	}

	private List<String> superseded(String ballot, String voter) {
		return votes(ballot, voter, true);
	}

	private List<String> votes(String ballot, String voter, boolean superseded) {
		return this.jdbc.sql("""
				select choice || '|' || channel || '|' || coalesce(cast_by, '') from gavel.vote
				where ballot_id = ?::uuid and voter = ? and superseded = ? order by seq""")
			.params(id(ballot), voter, superseded)
			.query(String.class)
			.list();
	}

	private long proxies(String ballot) {
		return this.jdbc.sql("select count(*) from gavel.proxy where ballot_id = ?::uuid")
			.param(id(ballot))
			.query(Long.class)
			.single();
	}

	private static String id(String ballot) {
		return ballot.substring(ballot.lastIndexOf('/') + 1);
	}

	private PortalClient signedIn(String username) {
		return PortalClient.signedIn(this.port, username);
	}

	private String fieldError(HttpResponse<String> response) throws Exception {
		JsonNode error = this.json.readTree(response.body()).path("errors").get(0);
		return error.path("field").asText() + ": " + error.path("message").asText();
	}

}
