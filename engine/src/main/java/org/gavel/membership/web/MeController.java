package org.gavel.membership.web;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Action;
import org.gavel.membership.model.Decision;
import org.gavel.system.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "My membership": who Gavel takes the signed-in person to be, and what they may do.
 */
@Controller
class MeController {

	private final MemberContexts contexts;

	MeController(MemberContexts contexts) {
		this.contexts = contexts;
	}

	@GetMapping("/me")
	String page(Authentication authentication, Model model) {
		MeView me = MeView.of(this.contexts.of(authentication));
		model.addAttribute("me", me);
		return "me";
	}

	/**
	 * Who the caller is in the directory: their organisation, its category and standing,
	 * their roles, and what they may do in voting.
	 * @param authentication who asks
	 * @return the caller
	 */
	@GetMapping(path = "/api/me", produces = "application/json")
	@ResponseBody
	MeView api(Authentication authentication) {
		return MeView.of(this.contexts.of(authentication));
	}

	/**
	 * Whether the signed-in person may do one thing: 200 with the right, or 403 with the
	 * reason ({@code IDENTITY-014}).
	 * @param action an {@link Action} name
	 * @param authentication who asks
	 * @return the decision
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "The right is granted"),
			@ApiResponse(responseCode = "400", description = "No such action; type urn:gavel:problem:invalid-fields"),
			@ApiResponse(responseCode = "403",
					description = "The right is refused, with the reason (not the designated voter, not in good standing, …)") })
	@GetMapping(path = "/api/me/rights/{action}", produces = "application/json")
	@ResponseBody
	ResponseEntity<?> right(@PathVariable String action, Authentication authentication) {
		Action wanted = Arrays.stream(Action.values()).filter((a) -> a.name().equals(action)).findFirst().orElse(null);
		if (wanted == null) {
			return Problems.invalidField("action",
					"must be one of " + String.join(", ", Arrays.stream(Action.values()).map(Enum::name).toList()));
		}
		Decision decision = this.contexts.of(authentication).may(wanted);
		if (decision instanceof Decision.Refused refused) {
			IdentityLog.RIGHT_REFUSED.log(authentication.getName(), wanted, refused.reason());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.reason());
			problem.setProperty("action", wanted.name());
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ResponseEntity.ok(MeView.Right.of(wanted, decision));
	}

}
