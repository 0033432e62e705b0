package org.gavel.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.RealPostgres;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Result;
import org.gavel.voting.model.Tally;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.Votes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The voting benchmark of docs/benchmarks.md, in one run on one machine against one
 * PostgreSQL: (a) pgbench single-row inserts into a copy of the vote table, (b) votes per
 * second through the HTTP API with real sessions at 16 clients, with latency, commits and
 * statements per vote, (c) a burst of 1,300 votes within 10 s, (d) the tally of 1,000,000
 * stored votes against a plain SQL {@code GROUP BY}. It measures and reports; it asserts
 * nothing about speed. Run: {@code ./mvnw -pl engine -am verify -Pbenchmark} (see
 * docs/benchmarks.md for the database it wants).
 */
@GavelIntegrationTest
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=false", "logging.level.org.gavel=warn" })
class VotingBenchmark {

	static final int CLIENTS = 16;

	static final int BALLOTS = 1_600;

	static final int BURST_BALLOTS = 100;

	static final Duration PGBENCH_TIME = Duration.ofSeconds(20);

	static final int TALLY_VOTES = 1_000_000;

	static final List<String> CATEGORIES = List.of("producers-processors-traders",
			"vehicle-makers-downstream-financiers", "tyre-makers-rubber-buyers", "civil-society",
			"smallholder-producers");

	@LocalServerPort
	int port;

	@Autowired
	TakingElectoralRoll rolls;

	@Autowired
	OpeningBallot opening;

	@Autowired
	Ballots ballots;

	@Autowired
	Votes votes;

	@Autowired
	JdbcClient jdbc;

	private final StringBuilder report = new StringBuilder();

	@Test
	void voting() throws Exception {
		prerequisites();
		line("# Voting benchmark, " + Instant.now());
		line("");
		line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ (Runtime.getRuntime().maxMemory() >> 20)
				+ " MB heap for the one JVM running Gavel and the load driver; "
				+ this.jdbc.sql("select version()").query(String.class).single());
		UUID roll = this.rolls
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow()
			.roll()
			.id();
		List<UUID> open = new ArrayList<>();
		Instant now = Instant.now();
		for (int i = 0; i < BALLOTS; i++) {
			open.add(this.opening
				.open(new OpeningBallot.OpenBallot("Benchmark ballot " + i, "simple-majority", null, roll,
						now.minusSeconds(60), now.plus(Duration.ofDays(1)), ZoneId.of("UTC"), false, "sara"))
				.orElseThrow()
				.id());
		}
		List<String> voters = this.jdbc.sql("select voter from gavel.electoral_roll_entry where roll_id = ? order by 1")
			.param(roll)
			.query(String.class)
			.list();
		Map<String, PortalClient> sessions = new HashMap<>();
		for (String voter : voters) {
			PortalClient client = new PortalClient(this.port);
			client.signIn(voter, "demo");
			client.get("/me", "text/html");
			sessions.put(voter, client);
		}
		line("Set-up: " + BALLOTS + " ballots on one roll of " + voters.size() + " voters, one signed-in session "
				+ "per voter (form login, session cookie, CSRF token); job executor off.");

		pgbench(open.get(0));

		// warm-up: the first voter votes in every ballot (also loads each ballot once)
		List<Vote> warmUp = new ArrayList<>();
		open.forEach((ballot) -> warmUp.add(new Vote(voters.get(0), ballot)));
		run(warmUp, sessions, CLIENTS);

		List<UUID> measured = open.subList(0, BALLOTS - BURST_BALLOTS);
		List<Vote> steady = new ArrayList<>();
		for (UUID ballot : measured) {
			for (String voter : voters.subList(1, voters.size())) {
				steady.add(new Vote(voter, ballot));
			}
		}
		Collections.shuffle(steady, new Random(42));
		this.jdbc.sql("select pg_stat_statements_reset()").query(Object.class).optional();
		long commitsBefore = commits();
		Cpu cpuBefore = Cpu.now();
		Outcome throughput = wrk(steady, sessions);
		Cpu cpu = Cpu.now().minus(cpuBefore);
		Thread.sleep(1500);
		long commits = commits() - commitsBefore;
		List<Map<String, Object>> statements = this.jdbc.sql("""
				select calls, query from pg_stat_statements
				where dbid = (select oid from pg_database where datname = current_database())
				  and query not like '%pg_stat%' and calls >= 100 order by calls desc""").query().listOfRows();
		long sqlCalls = statements.stream()
			.filter((row) -> !List.of("BEGIN", "COMMIT", "ROLLBACK").contains(row.get("query").toString().strip()))
			.mapToLong((row) -> ((Number) row.get("calls")).longValue())
			.sum();
		line("");
		line("## (b) Votes through the HTTP API, " + CLIENTS + " connections (wrk, 2 threads), each vote a "
				+ "signed-in voter's JSON POST with session cookie, CSRF token and idempotency key");
		line("");
		line(throughput.describe());
		line(String.format("Commits per vote: %.2f (%d commits for %d votes, pg_stat_database)",
				(double) commits / throughput.ok(), commits, throughput.ok()));
		line(String.format("SQL statements per vote: %.2f (pg_stat_statements, BEGIN/COMMIT not counted):",
				(double) sqlCalls / throughput.ok()));
		statements.forEach((row) -> line(
				"    " + row.get("calls") + " × " + row.get("query").toString().replaceAll("\\s+", " ").strip()));
		line(String.format(
				"CPU during (b), per vote: Tomcat's request threads %.2f ms, the rest of Gavel's JVM (GC, "
						+ "pool, selectors) %.2f ms, PostgreSQL %.2f ms (wrk not counted); %.0f %% of the 2 cores busy",
				cpu.serverNanos() / 1e6 / throughput.ok(), (cpu.jvmNanos() - cpu.serverNanos()) / 1e6 / throughput.ok(),
				cpu.postgresNanos() / 1e6 / throughput.ok(), 100.0 * (cpu.jvmNanos() + cpu.postgresNanos()) / 1e9
						/ throughput.seconds() / Runtime.getRuntime().availableProcessors()));
		double ratio = throughput.perSecond() / this.pgbenchTps;
		line(String.format("(b) ÷ (a) = %.1f ÷ %.1f = **%.2f** (target ≥ 0.5)", throughput.perSecond(), this.pgbenchTps,
				ratio));

		burst(open.subList(BALLOTS - BURST_BALLOTS, BALLOTS), voters.subList(1, voters.size()), sessions);
		tally();
		Path out = Path.of("target", "benchmarks", "voting.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, this.report);
	}

	private double pgbenchTps;

	/** Fails early, saying what to install, rather than half-way through. */
	private void prerequisites() {
		List<String> missing = new ArrayList<>();
		for (String tool : List.of("pgbench", "wrk")) {
			boolean found = Arrays.stream(System.getenv("PATH").split(":"))
				.anyMatch((dir) -> Files.isExecutable(Path.of(dir, tool)));
			if (!found) {
				missing.add(tool + " on the PATH (Debian: apt-get install "
						+ (tool.equals("wrk") ? "wrk" : "postgresql") + ")");
			}
		}
		if (this.jdbc.sql("select count(*) from pg_extension where extname = 'pg_stat_statements'")
			.query(Long.class)
			.single() == 0) {
			missing.add("the pg_stat_statements extension in the benchmark database (see docs/benchmarks.md)");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The voting benchmark needs " + String.join("; ", missing));
		}
	}

	/**
	 * (a) pgbench single-row inserts into a table shaped and indexed like the vote table.
	 */
	private void pgbench(UUID ballot) throws Exception {
		this.jdbc.sql("drop table if exists gavel.bench_vote").update();
		this.jdbc.sql("create table gavel.bench_vote (like gavel.vote including all)").update();
		this.jdbc.sql("alter table gavel.bench_vote add foreign key (ballot_id) references gavel.ballot (id)").update();
		Path script = Files.createTempFile("vote-insert", ".sql");
		Files.writeString(script,
				"""
						\\set n random(1, 2000000000)
						insert into gavel.bench_vote (ballot_id, voter, chamber, member_type, choice, channel, receipt, idempotency_key, cast_at) values ('%s', 'voter-' || :n, 'civil-society', null, 'FOR', 'ONLINE', md5(random()::text), md5(random()::text), now());
						"""
					.formatted(ballot));
		RealPostgres.Server server = RealPostgres.server();
		URI uri = URI.create(server.url().substring("jdbc:".length()));
		ProcessBuilder command = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(CLIENTS), "-j", "2", "-T",
				String.valueOf(PGBENCH_TIME.toSeconds()), "-f", script.toString(), "-h", uri.getHost(), "-p",
				String.valueOf(uri.getPort()), "-U", server.username(), uri.getPath().substring(1))
			.redirectErrorStream(true);
		command.environment().put("PGPASSWORD", server.password());
		Cpu before = Cpu.now();
		Process pgbench = command.start();
		String output = new String(pgbench.getInputStream().readAllBytes());
		pgbench.waitFor();
		Cpu cpu = Cpu.now().minus(before);
		Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench did not report tps:\n" + output);
		}
		this.pgbenchTps = Double.parseDouble(tps.group(1));
		Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
		line("");
		line("## (a) pgbench, " + CLIENTS + " clients, " + PGBENCH_TIME.toSeconds()
				+ " s, one single-row INSERT per transaction into a copy of gavel.vote (same columns, indexes, "
				+ "constraints and foreign key)");
		line("");
		line(String.format("%.1f commits/s%s; PostgreSQL CPU per insert %.2f ms", this.pgbenchTps,
				latency.find() ? ", average latency " + latency.group(1) + " ms" : "",
				cpu.postgresNanos() / 1e6 / (this.pgbenchTps * PGBENCH_TIME.toSeconds())));
		this.jdbc.sql("drop table gavel.bench_vote").update();
	}

	/**
	 * (c) 1,300 votes sent at an even pace within 10 s, each timed from when it was due.
	 */
	private void burst(List<UUID> ballots, List<String> voters, Map<String, PortalClient> sessions) throws Exception {
		List<Vote> burst = new ArrayList<>();
		for (UUID ballot : ballots) {
			for (String voter : voters) {
				burst.add(new Vote(voter, ballot));
			}
		}
		burst = burst.subList(0, Math.min(1_300, burst.size()));
		ExecutorService senders = Executors.newFixedThreadPool(64);
		ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(burst.size());
		long intervalNanos = Duration.ofSeconds(10).toNanos() / burst.size();
		long start = System.nanoTime();
		for (int i = 0; i < burst.size(); i++) {
			Vote vote = burst.get(i);
			long due = start + i * intervalNanos;
			pace.schedule(() -> senders.execute(() -> {
				try {
					HttpResponse<String> response = sessions.get(vote.voter())
						.postJson("/api/ballots/" + vote.ballot() + "/votes", "{\"choice\": \"FOR\"}",
								Map.of("Idempotency-Key", UUID.randomUUID().toString()));
					if (response.statusCode() != 201) {
						errors.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					errors.incrementAndGet();
				}
				finally {
					latencies.add(System.nanoTime() - due);
					done.countDown();
				}
			}), due - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		done.await(2, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		senders.shutdown();
		pace.shutdown();
		List<Long> sorted = latencies.stream().sorted().toList();
		line("");
		line("## (c) Burst: " + burst.size() + " votes sent at an even pace within 10 s (open loop, 64 senders)");
		line("");
		line(String.format(
				"All answered after %.1f s; errors: %d; latency from the moment each vote was due: "
						+ "p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 < 1 s, zero errors)",
				seconds, errors.get(), percentile(sorted, 50), percentile(sorted, 99),
				sorted.get(sorted.size() - 1) / 1e6));
	}

	/** (d) The tally of 1,000,000 stored votes across 5 categories, against plain SQL. */
	private void tally() {
		UUID roll = UUID.randomUUID();
		this.jdbc.sql("""
				insert into gavel.electoral_roll (id, electorate, cut_off, taken_at, taken_by, entry_count)
				values (?, 'GENERAL_ASSEMBLY', now(), now(), 'benchmark', ?)""").params(roll, TALLY_VOTES).update();
		this.jdbc.sql("""
				insert into gavel.electoral_roll_entry (roll_id, position, voter, voter_name, organisation_id,
				    organisation_name, category, member_type)
				select ?, n, 'member-' || n, 'Member ' || n, 'org-' || n, 'Organisation ' || n,
				    (array['producers-processors-traders', 'vehicle-makers-downstream-financiers',
				           'tyre-makers-rubber-buyers', 'civil-society', 'smallholder-producers'])[n % 5 + 1],
				    'ORGANISATION'
				from generate_series(1, ?) as n""").params(roll, TALLY_VOTES).update();
		Instant now = Instant.now();
		UUID id = this.opening
			.open(new OpeningBallot.OpenBallot("Benchmark: a million votes", "gpsnr-ga", null, roll,
					now.minusSeconds(60), now.plus(Duration.ofDays(1)), ZoneId.of("UTC"), false, "sara"))
			.orElseThrow()
			.id();
		this.jdbc.sql("""
				insert into gavel.vote (ballot_id, voter, chamber, choice, channel, receipt, cast_at)
				select ?, 'member-' || n,
				    (array['producers-processors-traders', 'vehicle-makers-downstream-financiers',
				           'tyre-makers-rubber-buyers', 'civil-society', 'smallholder-producers'])[n % 5 + 1],
				    (array['FOR', 'FOR', 'AGAINST', 'ABSTAIN', 'FOR', 'AGAINST', 'FOR'])[n % 7 + 1], 'ONLINE',
				    'R' || n || '-' || substr(md5(n::text), 1, 8), now()
				from generate_series(1, ?) as n""").params(id, TALLY_VOTES).update();
		this.jdbc.sql("analyze gavel.vote").update();
		long loadStart = System.nanoTime();
		Ballot ballot = this.ballots.find(id).orElseThrow();
		double loadMs = (System.nanoTime() - loadStart) / 1e6;
		List<Double> sql = new ArrayList<>();
		List<Double> gavel = new ArrayList<>();
		Result result = null;
		for (int i = 0; i < 7; i++) {
			long start = System.nanoTime();
			this.jdbc.sql("""
					select chamber, choice, count(*) from gavel.vote where ballot_id = ? and superseded = false
					group by chamber, choice""").param(id).query().listOfRows();
			sql.add((System.nanoTime() - start) / 1e6);
			start = System.nanoTime();
			result = Tally.count(ballot.rules(), this.votes.count(ballot, Map.of()));
			gavel.add((System.nanoTime() - start) / 1e6);
		}
		double sqlMedian = median(sql);
		double gavelMedian = median(gavel);
		line("");
		line("## (d) Tally of " + TALLY_VOTES + " stored votes across 5 categories (gpsnr-ga, weighted)");
		line("");
		line(String.format("Plain SQL GROUP BY chamber, choice: median %.0f ms of 7 (%s)", sqlMedian, rounded(sql)));
		line(String.format("Gavel's tally (its GROUP BY, exact weighted count per chamber, explanation): median "
				+ "%.0f ms of 7 (%s; the first also counts the frozen roll's members per group, once per ballot)",
				gavelMedian, rounded(gavel)));
		line(String.format(
				"Ratio %.2f (target ≤ 1.5); outcome %s. Loading the frozen ballot with its roll of a "
						+ "million voters, once: %.0f ms (not part of the tally).",
				gavelMedian / sqlMedian, result.outcome(), loadMs));
	}

	/**
	 * Sends the votes with wrk (a load tool in C, so the driver takes little of the CPU
	 * the server needs), 16 connections on 2 threads, each vote once.
	 */
	private Outcome wrk(List<Vote> work, Map<String, PortalClient> sessions) throws Exception {
		Map<String, String[]> credentials = new HashMap<>();
		sessions.forEach((voter, client) -> credentials.put(voter, client.sessionAndCsrf()));
		Path votesFile = Files.createTempFile("votes", ".tsv");
		StringBuilder lines = new StringBuilder();
		for (Vote vote : work) {
			String[] credential = credentials.get(vote.voter());
			lines.append(credential[0])
				.append('\t')
				.append(credential[1])
				.append('\t')
				.append("/api/ballots/" + vote.ballot() + "/votes")
				.append('\n');
		}
		Files.writeString(votesFile, lines);
		Path script = Files.createTempFile("votes", ".lua");
		try (var in = getClass().getResourceAsStream("/bench/votes.lua")) {
			Files.write(script, in.readAllBytes());
		}
		ProcessBuilder command = new ProcessBuilder("wrk", "-t2", "-c" + CLIENTS, "-d600s", "-s", script.toString(),
				"http://localhost:" + this.port)
			.redirectErrorStream(true);
		Path done = Files.createTempDirectory("votes-done").resolve("thread");
		command.environment().put("VOTES_FILE", votesFile.toString());
		command.environment().put("VOTES_THREADS", "2");
		command.environment().put("VOTES_DONE", done.toString());
		long start = System.nanoTime();
		Process wrk = command.start();
		while (!(Files.exists(Path.of(done + ".0")) && Files.exists(Path.of(done + ".1"))) && wrk.isAlive()) {
			Thread.sleep(5);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		// wrk runs for its whole -d unless interrupted; SIGINT makes it stop and report
		new ProcessBuilder("kill", "-INT", String.valueOf(wrk.pid())).start().waitFor();
		String output = new String(wrk.getInputStream().readAllBytes());
		wrk.waitFor();
		Matcher result = Pattern
			.compile("WRK votes=(\\d+) failed=(\\d+) requests=(\\d+) duration_us=(\\d+) "
					+ "socket_errors=(\\d+) p50_us=(\\d+) p99_us=(\\d+)")
			.matcher(output);
		if (!result.find()) {
			throw new IllegalStateException("wrk did not report:\n" + output);
		}
		int ok = Integer.parseInt(result.group(1));
		int failed = Integer.parseInt(result.group(2)) + Integer.parseInt(result.group(5));
		return new Outcome(ok, failed, seconds,
				List.of(Long.parseLong(result.group(6)) * 1000, Long.parseLong(result.group(7)) * 1000));
	}

	private Outcome run(List<Vote> work, Map<String, PortalClient> sessions, int clients) throws Exception {
		ConcurrentLinkedQueue<Vote> queue = new ConcurrentLinkedQueue<>(work);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			pool.execute(() -> {
				Vote vote;
				while ((vote = queue.poll()) != null) {
					long sent = System.nanoTime();
					HttpResponse<String> response = sessions.get(vote.voter())
						.postJson("/api/ballots/" + vote.ballot() + "/votes", "{\"choice\": \"FOR\"}",
								Map.of("Idempotency-Key", UUID.randomUUID().toString()));
					latencies.add(System.nanoTime() - sent);
					(response.statusCode() == 201 ? ok : errors).incrementAndGet();
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = latencies.stream().sorted().toList();
		return new Outcome(ok.get(), errors.get(), seconds,
				List.of((long) (percentile(sorted, 50) * 1e6), (long) (percentile(sorted, 99) * 1e6)));
	}

	private long commits() {
		return this.jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
			.query(Long.class)
			.single();
	}

	private void line(String text) {
		this.report.append(text).append('\n');
		System.out.println("BENCHMARK " + text);
	}

	static double percentile(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	static String rounded(List<Double> values) {
		return String.join(", ", values.stream().map((v) -> String.format("%.0f", v)).toList());
	}

	record Vote(String voter, UUID ballot) {

	}

	/**
	 * CPU time used so far: by Tomcat's request threads, by this whole JVM, and by every
	 * PostgreSQL process of this machine (from /proc; zero where there is none).
	 */
	record Cpu(long serverNanos, long jvmNanos, long postgresNanos) {

		static Cpu now() {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long server = 0;
			for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
				if (info.getThreadName().contains("-exec-")) {
					server += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
				}
			}
			long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
			long ticks = 0;
			try (var processes = Files.list(Path.of("/proc"))) {
				for (Path process : processes.filter((p) -> p.getFileName().toString().matches("\\d+")).toList()) {
					try {
						String stat = Files.readString(process.resolve("stat"));
						if (stat.contains("(postgres)")) {
							String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
							// own time, and (in the postmaster) that of backends that
							// ended
							ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12])
									+ Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
						}
					}
					catch (IOException | RuntimeException ex) {
						// the process ended meanwhile
					}
				}
			}
			catch (IOException ex) {
				// no /proc: not Linux
			}
			return new Cpu(server, jvm, ticks * 10_000_000L);
		}

		Cpu minus(Cpu earlier) {
			return new Cpu(this.serverNanos - earlier.serverNanos, this.jvmNanos - earlier.jvmNanos,
					this.postgresNanos - earlier.postgresNanos);
		}

	}

	/** What a load run measured; {@code latencies} holds p50 and p99 in nanoseconds. */
	record Outcome(int ok, int errors, double seconds, List<Long> latencies) {

		double perSecond() {
			return this.ok / this.seconds;
		}

		String describe() {
			return String.format(
					"%d votes accepted, %d errors, in %.1f s: **%.1f votes/s**; latency p50 %.1f ms, " + "p99 %.1f ms",
					this.ok, this.errors, this.seconds, perSecond(), this.latencies.get(0) / 1e6,
					this.latencies.get(1) / 1e6);
		}

	}

}
