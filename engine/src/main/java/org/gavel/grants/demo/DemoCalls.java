package org.gavel.grants.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gavel.grants.AnsweringQuestion;
import org.gavel.grants.AskingQuestion;
import org.gavel.grants.AttachingToProposal;
import org.gavel.grants.DraftingRfp;
import org.gavel.grants.OfferingTemplates;
import org.gavel.grants.StartingProposal;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.process.GrantProcesses;
import org.gavel.system.DemoLog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds, on an empty database when {@code gavel.demo.seed} is on, the call "Provision of
 * certified planting materials" the way it happens: wen drafts it and offers its proposal
 * and budget templates, the twelve EC seats review it with no objection, the job executor
 * publishes it, alex asks a question and wen answers it for every applicant; alex has
 * started a proposal, its document attached and its budget not yet. It runs beside the
 * start-up (the EC's review round is opened by the job executor), so the call appears a
 * few seconds after Gavel is ready.
 */
@Component
@ConditionalOnProperty(name = "gavel.demo.seed", havingValue = "true")
class DemoCalls {

	static final List<String> SEATS = List.of("ana", "bao", "nils", "kenji", "megan", "luca", "fiona", "joost", "aisha",
			"budi", "somchai", "kofi");

	static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	/** A one-page PDF, as alex's draft's proposal document. */
	static final String PROPOSAL = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""";

	private final JdbcClient jdbc;

	private final GrantProcesses processes;

	private final AskingQuestion asking;

	private final AnsweringQuestion answering;

	private final AttachingToProposal attaching;

	private final OfferingTemplates templates;

	private final Clock clock;

	private final DemoAward award;

	DemoCalls(JdbcClient jdbc, GrantProcesses processes, AskingQuestion asking, AnsweringQuestion answering,
			AttachingToProposal attaching, OfferingTemplates templates, Clock clock, DemoAward award) {
		this.templates = templates;
		this.award = award;
		this.jdbc = jdbc;
		this.processes = processes;
		this.asking = asking;
		this.answering = answering;
		this.attaching = attaching;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(4)
	void seed() {
		if (this.jdbc.sql("select count(*) from gavel.rfp").query(Long.class).single() > 0) {
			return;
		}
		Thread seeding = new Thread(this::seedCall, "demo-calls");
		seeding.setDaemon(true);
		seeding.start();
	}

	private void seedCall() {
		try {
			Instant now = this.clock.instant();
			Call call = this.processes.draft(new DraftingRfp.Draft("capacity-building", "wen", rfp(now))).orElseThrow();
			Reference reference = call.reference();
			offer(reference, 0, "proposal-template.docx");
			offer(reference, 1, "budget-template.xlsx");
			this.award.approve(DraftingRfp.SUBJECT + call.id());
			DemoAward.waitFor(() -> this.award.status(reference, RfpStatus.PUBLISHED));
			int question = this.asking
				.ask(new AskingQuestion.Asking(reference, "alex",
						"May a cooperative apply jointly with a nursery it does not own?"))
				.orElseThrow();
			this.answering
				.answer(new AnsweringQuestion.Answer(reference, question, "wen",
						"Yes: the cooperative leads the proposal and the nursery signs the budget as its partner."))
				.orElseThrow();
			Reference draft = this.processes.start(new StartingProposal.Start(reference, "alex", proposal(), SINGAPORE))
				.orElseThrow()
				.reference();
			this.attaching
				.attach(new AttachingToProposal.Upload(draft, 0, "proposal-jambi-nurseries.pdf",
						PROPOSAL.getBytes(StandardCharsets.US_ASCII), "alex", SINGAPORE))
				.orElseThrow();
			DemoLog.CALL_SEEDED.log(reference, draft);
			this.award.seed();
		}
		catch (RuntimeException | InterruptedException ex) {
			DemoLog.CALL_PART_WAY.log(ex.getMessage());
		}
	}

	/** Wen offers one of the call's templates, shipped in {@code demo/}. */
	private void offer(Reference rfp, int slot, String name) {
		byte[] content;
		try (InputStream in = DemoCalls.class.getResourceAsStream("/demo/" + name)) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.templates.offer(new OfferingTemplates.Offer(rfp, slot, name, content, "wen")).orElseThrow();
	}

	private static Map<String, Object> proposal() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", "Certified budded stumps for Jambi replanting");
		values.put("organisation", "Borneo Agroforestry Foundation");
		values.put("organisationType", "ngo");
		values.put("country", "ID");
		values.put("contactName", "Alex Turner");
		values.put("contactEmail", "alex@demo.gavel.invalid");
		values.put("summary", "Three village nurseries grafting PB 260 and RRIC 100 clones from a certified source"
				+ " garden deliver 90,000 budded stumps to 800 smallholder households in Jambi, with planting days.");
		values.put("approach", "Reach: 800 households in 12 villages, named in the annex.\nQuality: clones from the"
				+ " certified garden at Sembawa, tagged per batch.\nValue for money: USD 0.45 a tree delivered.");
		values.put("requestedAmount", "45000");
		return values;
	}

	private static Map<String, Object> rfp(Instant now) {
		LocalDateTime today = now.atZone(SINGAPORE).toLocalDateTime().truncatedTo(ChronoUnit.DAYS);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", "Provision of certified planting materials");
		values.put("scope", "Smallholders replanting rubber need clonal planting material of known origin: "
				+ "uncertified seedlings yield half as much latex and spread leaf disease. This call funds nurseries "
				+ "that produce certified budded stumps and deliver them to smallholder groups, with training in "
				+ "planting and early care.\nNot funded: land purchase, fertiliser, or nurseries without a "
				+ "certified source garden.");
		values.put("currency", "USD");
		values.put("ceiling", "150000");
		values.put("largestGrant", "50000");
		values.put("countries", "ID, TH, CI, GH");
		values.put("organisationTypes", "ngo, cooperative, producer-group, research");
		values.put("membersOnly", false);
		values.put("criteria",
				"""
						40 | 5 | Reach among smallholders | 0: none named; 3: a few hundred households; 5: over 1,000 households, named groups
						35 | 5 | Quality of the planting material | 0: no source stated; 3: certified clones; 5: certified, traceable, with aftercare
						25 | 5 | Value for money | cost per tree delivered and planted, against the region's market price""");
		values.put("questionsOpen", today.minusDays(7).withHour(9).toString());
		values.put("questionsClose", today.plusDays(30).withHour(17).toString());
		values.put("deadline", today.plusDays(45).withHour(23).withMinute(59).toString());
		values.put("zone", "Asia/Singapore");
		values.put("attachments", "Proposal (our template) | pdf, docx | 10\nBudget (our template) | xlsx, ods | 5");
		values.put("panel", "eva, ezra");
		values.put("evaluatorsPerProposal", "2");
		values.put("matchedFunding", false);
		return values;
	}

}
