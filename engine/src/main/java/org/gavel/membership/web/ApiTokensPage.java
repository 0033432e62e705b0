package org.gavel.membership.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.forms.FormDefinition;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.FormField;
import org.gavel.forms.Submission;
import org.gavel.membership.ApiTokens;
import org.gavel.membership.model.ApiToken;
import org.gavel.membership.model.Role;
import org.gavel.system.Dates;
import org.gavel.system.Refusal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's personal API tokens (form {@code api-token}): issue one to a person
 * for one of their roles, see it once, revoke it; the list shows each token's owner,
 * role, expiry and last use, never a token.
 */
@Controller
class ApiTokensPage {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final ApiTokens tokens;

	private final FormDefinitions forms;

	private final Clock clock;

	ApiTokensPage(ApiTokens tokens, FormDefinitions forms, Clock clock) {
		this.tokens = tokens;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/membership/api-tokens")
	String list(Model model) {
		return page(model, Submission.showing(form(), Map.of()), null);
	}

	@PostMapping("/membership/api-tokens")
	String issue(@RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Submission submission = form().check(input);
		if (!submission.valid()) {
			return page(model, submission, null);
		}
		Map<String, Object> values = submission.values();
		return this.tokens
			.issue(new ApiTokens.IssueToken(((String) values.get("owner")).trim(),
					Role.valueOf((String) values.get("role")), (String) values.get("label"),
					Integer.parseInt((String) values.get("validDays")), user.getName()))
			.fold((issued) -> {
				redirect.addFlashAttribute("issued", issued.secret());
				redirect.addFlashAttribute("issuedId", issued.token().id().toString());
				return "redirect:/membership/api-tokens";
			}, (refused) -> refused(model, submission, refused));
	}

	@PostMapping("/membership/api-tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, Authentication user, Model model, RedirectAttributes redirect) {
		return this.tokens.revoke(id, user.getName()).fold((token) -> {
			redirect.addFlashAttribute("revoked", token.label() + " (" + token.owner() + ")");
			return "redirect:/membership/api-tokens";
		}, (refused) -> page(model, Submission.showing(form(), Map.of()), refused.reason()));
	}

	private String refused(Model model, Submission submission, Refusal refusal) {
		return page(model, submission.withRefusal(refusal).orElse(submission),
				refusal.fields().isEmpty() ? refusal.reason() : null);
	}

	private String page(Model model, Submission submission, String error) {
		model.addAttribute("submission", submission);
		model.addAttribute("error", error);
		model.addAttribute("tokens",
				this.tokens.all().stream().map((token) -> Row.of(token, this.clock.instant())).toList());
		return "api-tokens";
	}

	private FormDefinition form() {
		List<FormField.Option> roles = Arrays.stream(Role.values())
			.map((role) -> new FormField.Option(role.name(), role.realmName()))
			.toList();
		return this.forms.get("api-token").withOptions("role", roles);
	}

	/**
	 * A token as the list shows it.
	 *
	 * @param id the token's identifier
	 * @param owner whom it acts for
	 * @param role its role
	 * @param label what it is for
	 * @param hint its first characters
	 * @param issued when and by whom it was issued
	 * @param expires when it stops working
	 * @param lastUsed when it was last used, or "never"
	 * @param state "in use", "expired" or "revoked … by …"
	 * @param usable whether it can be revoked
	 */
	public record Row(String id, String owner, String role, String label, String hint, String issued, String expires,
			String lastUsed, String state, boolean usable) {

		static Row of(ApiToken token, Instant now) {
			String state = (token.revokedAt() != null)
					? "revoked " + Dates.at(token.revokedAt(), UTC) + " by " + token.revokedBy()
					: token.usable(now) ? "in use" : "expired";
			return new Row(token.id().toString(), token.owner(), token.role().realmName(), token.label(),
					token.hint() + "…", Dates.at(token.issuedAt(), UTC) + " by " + token.issuedBy(),
					Dates.at(token.expiresAt(), UTC),
					(token.lastUsedAt() != null) ? Dates.at(token.lastUsedAt(), UTC) : "never", state,
					token.usable(now));
		}

	}

}
