package org.gavel.grants;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.process.RfpProcess;
import org.gavel.system.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request for proposals brought to publication as its chair and the EC do it: drafted
 * through the portal by wen, reviewed with no objection by the twelve filled seats of the
 * demo realm, published by the due jobs the test runs.
 */
final class RfpFixture {

	static final List<String> SEATS = List.of("ana", "bao", "nils", "kenji", "megan", "luca", "fiona", "joost", "aisha",
			"budi", "somchai", "kofi");

	static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	private final RuntimeService runtime;

	private final ManagementService management;

	private final ApprovalProcesses approvalProcesses;

	private final ReadingApprovals approvals;

	private final Calls calls;

	RfpFixture(RuntimeService runtime, ManagementService management, ApprovalProcesses approvalProcesses,
			ReadingApprovals approvals, Calls calls) {
		this.runtime = runtime;
		this.management = management;
		this.approvalProcesses = approvalProcesses;
		this.approvals = approvals;
		this.calls = calls;
	}

	/** The RFP form as wen fills it in: two required files, eva the one evaluator. */
	static Map<String, String> rfpForm(String title, Instant now, Instant deadline) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("workingGroup", "capacity-building");
		form.put("title", title);
		form.put("scope", "Nurseries that produce and distribute certified budded stumps to smallholder groups.");
		form.put("currency", "USD");
		form.put("ceiling", "150000");
		form.put("largestGrant", "50000");
		form.put("countries", "ID, TH");
		form.put("criteria", "40 | 5 | Reach among smallholders | 0: none, 5: over 1,000 households\n"
				+ "35 | 5 | Quality of the planting material\n25 | 5 | Value for money");
		form.put("questionsOpen", local(now.minus(Duration.ofDays(1))));
		form.put("questionsClose", local(deadline.minus(Duration.ofDays(10))));
		form.put("deadline", local(deadline));
		form.put("zone", "Asia/Singapore");
		form.put("attachments", "Proposal (our template) | pdf, docx | 10\nBudget (our template) | xlsx, ods | 5");
		form.put("panel", "eva");
		form.put("evaluatorsPerProposal", "1");
		return form;
	}

	/**
	 * Drafts an RFP as its chair, through the portal.
	 * @return its reference
	 */
	Reference draft(PortalClient chair, Map<String, String> form) {
		HttpResponse<String> drafted = chair.postForm("/rfps", form);
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(302);
		String location = drafted.headers().firstValue("Location").orElseThrow();
		return Reference.parse(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
	}

	/** Every seat reviews the RFP with no objection; it is published. */
	void approveByTheEc(Reference rfp) {
		UUID approval = approvalOf(rfp);
		jobs().run(RfpProcess.KEY, rfp.toString());
		for (String seat : SEATS) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("response", "no-objection");
			assertThat(this.approvalProcesses.complete(approval, EcApprovalProcess.REVIEW_ITEM, seat, values))
				.as(seat + " reviews")
				.isEqualTo(Outcome.done());
		}
		jobs().run(RfpProcess.KEY, rfp.toString());
	}

	UUID approvalOf(Reference rfp) {
		return this.approvals.bySubject(DraftingRfp.SUBJECT + this.calls.find(rfp).orElseThrow().id()).get(0).id();
	}

	ProcessJobs jobs() {
		return new ProcessJobs(this.runtime, this.management);
	}

	static String local(Instant instant) {
		return instant.atZone(SINGAPORE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
	}

	/** A proposal's reference, from the redirect that answered its start. */
	static Reference proposalAt(HttpResponse<String> started) {
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		return Reference.parse(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
	}

	/** The proposal form as an applicant fills it in. */
	static Map<String, String> application(String organisation, String type, String country, String amount) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Certified budded stumps for " + organisation);
		form.put("organisation", organisation);
		form.put("organisationType", type);
		form.put("country", country);
		form.put("contactName", "Contact Person");
		form.put("contactEmail", "contact@example.org");
		form.put("summary", "A nursery network producing certified clones for smallholder households.");
		form.put("approach", "Reach: 800 households. Quality: certified clones. Value: USD 0.45 a tree.");
		form.put("requestedAmount", amount);
		return form;
	}

	/** Attaches a file to a required file of a draft, as a browser posts it. */
	static HttpResponse<String> upload(PortalClient client, Reference proposal, int slot, String name, byte[] content) {
		return client.postMultipart("/proposals/" + proposal + "/files/" + slot, Map.of(),
				List.of(Map.entry("file", Map.entry(name, content))));
	}

}
