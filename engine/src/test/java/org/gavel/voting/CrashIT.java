package org.gavel.voting;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gavel.PortalClient;
import org.gavel.RealPostgres;
import org.gavel.ServerProcess;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gavel killed with {@code kill -9} in the middle of a burst of votes: after a restart,
 * every vote it had acknowledged is in the ballot box exactly once (its receipt checks,
 * and sending it again with the same idempotency key gives back the same receipt), and
 * the box is consistent (one counted vote per voter, no voter claimed without a vote).
 * Gavel runs as a separate process from the built jar, on the embedded default's H2 file
 * and on the test PostgreSQL.
 */
class CrashIT {

	private static final List<String> VOTERS = List.of("ana", "bao", "nils", "olivia", "claire", "kenji", "megan",
			"luca", "fiona", "joost", "aisha", "budi", "somchai", "kofi");

	private static final Pattern RECEIPT = Pattern.compile("\"receipt\":\"([^\"]+)\"");

	private static final int BALLOTS = 15;

	// The two databases at once: each test waits mostly for a Gavel of its own to start.
	@ParameterizedTest(name = "on {0}")
	@Execution(ExecutionMode.CONCURRENT)
	@ValueSource(strings = { "h2", "postgres" })
	void everyAcknowledgedVoteSurvivesAKill9(String database) throws Exception {
		Database db = database.equals("h2") ? Database.h2(Files.createTempDirectory("gavel-crash-h2"))
				: Database.postgres(RealPostgres.server());
		int port = freePort();
		Process gavel = start(db, port, database + "-first");
		List<String> ballots = new ArrayList<>();
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		try {
			PortalClient sara = signedIn(port, "sara");
			String roll = field(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body(),
					"id");
			for (int i = 0; i < BALLOTS; i++) {
				ballots.add(sara
					.postJson("/api/ballots",
							"""
									{"title": "Crash %d", "ruleSet": "simple-majority", "rollId": "%s", "opensAt": "%s",
									 "closesAt": "%s", "timeZone": "UTC"}""".formatted(i, roll,
									Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1))))
					.headers()
					.firstValue("Location")
					.orElseThrow());
			}
			Map<String, PortalClient> voters = new ConcurrentHashMap<>();
			for (String voter : VOTERS) {
				voters.put(voter, signedIn(port, voter));
			}
			burstThenKill(gavel, ballots, voters, acknowledged);
		}
		finally {
			gavel.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(acknowledged).as("votes acknowledged before the kill").hasSizeGreaterThan(20);

		Process restarted = start(db, port, database + "-restarted");
		try {
			assertThat(signedIn(port, "sara").get(ballots.get(0), "application/json").statusCode()).isEqualTo(200);
			PortalClient anyone = new PortalClient(port);
			Map<String, PortalClient> voters = new ConcurrentHashMap<>();
			for (var vote : acknowledged.entrySet()) {
				String[] ballotAndVoter = vote.getValue().split(" ");
				assertThat(
						anyone.get(ballotAndVoter[0] + "/receipts/" + vote.getKey(), "application/json").statusCode())
					.as("receipt %s after the restart", vote.getKey())
					.isEqualTo(200);
				HttpResponse<String> again = voters.computeIfAbsent(ballotAndVoter[1], (voter) -> signedIn(port, voter))
					.postJson(ballotAndVoter[0] + "/votes", "{\"choice\": \"FOR\"}",
							Map.of("Idempotency-Key", ballotAndVoter[0] + ballotAndVoter[1]));
				assertThat(again.statusCode()).as("the same vote sent again").isEqualTo(200);
				assertThat(again.body()).contains(vote.getKey());
			}
		}
		finally {
			restarted.destroy();
			restarted.waitFor(60, TimeUnit.SECONDS);
		}
		checkTheBox(db, ballots, acknowledged);
	}

	private static void checkTheBox(Database db, List<String> ballots, Map<String, String> acknowledged)
			throws Exception {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
			for (String receipt : acknowledged.keySet()) {
				assertThat(count(connection, "select count(*) from gavel.vote where receipt = ?", receipt))
					.as("acknowledged receipt %s", receipt)
					.isOne();
			}
			for (String ballot : ballots) {
				String id = ballot.substring(ballot.lastIndexOf('/') + 1);
				assertThat(count(connection,
						"""
								select count(*) from (select voter from gavel.vote
								where ballot_id = cast(? as uuid) and not superseded group by voter having count(*) > 1) twice""",
						id))
					.isZero();
				assertThat(count(connection, """
						select count(*) from gavel.ballot_voter b where b.ballot_id = cast(? as uuid) and not exists
						(select 1 from gavel.vote v where v.ballot_id = b.ballot_id and v.voter = b.voter)""", id))
					.as("no voter claimed without a vote")
					.isZero();
				assertThat(count(connection,
						"select count(*) from gavel.vote where ballot_id = cast(? as uuid) and not superseded", id))
					.isEqualTo(count(connection,
							"select count(*) from gavel.ballot_voter where ballot_id = cast(? as uuid)", id));
			}
		}
	}

	private static void burstThenKill(Process gavel, List<String> ballots, Map<String, PortalClient> voters,
			Map<String, String> acknowledged) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch enough = new CountDownLatch(BALLOTS * VOTERS.size() / 3);
		try {
			for (String ballot : ballots) {
				for (String voter : VOTERS) {
					pool.submit(() -> {
						try {
							HttpResponse<String> response = voters.get(voter)
								.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}",
										Map.of("Idempotency-Key", ballot + voter));
							Matcher receipt = RECEIPT.matcher(response.body());
							if (response.statusCode() == 201 && receipt.find()) {
								acknowledged.put(receipt.group(1), ballot + " " + voter);
							}
						}
						catch (RuntimeException ex) {
							// the server is gone: this vote was never acknowledged
						}
						finally {
							enough.countDown();
						}
					});
				}
			}
			enough.await(60, TimeUnit.SECONDS);
			gavel.destroyForcibly();
			gavel.waitFor(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(60, TimeUnit.SECONDS);
		}
	}

	private static Process start(Database db, int port, String name) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String jar = System.getProperty("gavel.test.jar", "target/gavel.jar");
		File log = new File(new File(jar).getParentFile(), "crash-" + name + ".log");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar,
				"--server.port=" + port, "--camunda.bpm.job-execution.enabled=false", "--gavel.demo.seed=false"));
		command.addAll(db.arguments());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		ServerProcess.awaitOk(process, "http://localhost:" + port + "/actuator/health", Duration.ofMinutes(2), log);
		return process;
	}

	/**
	 * Where the crashed Gavel keeps its data, and how the test reads it afterwards.
	 *
	 * @param arguments what the jar is started with
	 * @param url the JDBC URL the test reads the box with, once Gavel has stopped
	 * @param username its user
	 * @param password its password
	 */
	private record Database(List<String> arguments, String url, String username, String password) {

		/** The embedded default: the H2 file in a data folder of its own. */
		static Database h2(Path folder) {
			return new Database(List.of("--gavel.data-dir=" + folder.toAbsolutePath()),
					"jdbc:h2:file:" + folder.toAbsolutePath() + "/gavel", "gavel", "");
		}

		static Database postgres(RealPostgres.Server server) {
			return new Database(
					List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + server.url(),
							"--spring.datasource.username=" + server.username(),
							"--spring.datasource.password=" + server.password()),
					server.url(), server.username(), server.password());
		}

	}

	private static PortalClient signedIn(int port, String username) {
		PortalClient client = new PortalClient(port);
		client.signIn(username, "demo");
		return client;
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
		return matcher.group(1);
	}

	private static long count(Connection connection, String sql, String parameter) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
