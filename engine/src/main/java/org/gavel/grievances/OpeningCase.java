package org.gavel.grievances;

import java.time.Duration;
import java.util.Optional;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.membership.SignInThrottle;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Lets the holder of a case's number and token into the case, as a sign-in does: a wrong
 * token, a number no case has and a token of another case are refused alike; repeated
 * failures for a case or from an address pause further tries for a while (the sign-in
 * throttle, a case number counting as an account).
 */
@Service
public class OpeningCase {

	private static final String NO_MATCH = "This case number and token do not match. Check both and try again.";

	private final Grievances grievances;

	private final CaseTokens tokens;

	private final SignInThrottle throttle;

	OpeningCase(Grievances grievances, CaseTokens tokens, SignInThrottle throttle) {
		this.grievances = grievances;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	/**
	 * Opens a case.
	 * @param opening the number and token as typed, from which client
	 * @return the case number, or the refusal by the field {@code token}
	 */
	public Outcome<CaseNumber> open(Opening opening) {
		String number = opening.number();
		String token = opening.token();
		String address = opening.address();
		String account = "case " + ((number == null) ? "" : number.strip());
		Optional<Duration> wait = this.throttle.wait(account, address);
		if (wait.isPresent()) {
			return Outcome.refused("token", "Too many wrong tokens: try again in " + minutes(wait.get()) + ".");
		}
		Optional<CaseNumber> parsed = CaseNumber.parse(number);
		Optional<String> hash = parsed.flatMap(this.grievances::tokenHash);
		if (!this.tokens.matches(token, hash)) {
			this.throttle.failed(account, address);
			GrievanceLog.TOKEN_REFUSED.log(parsed.map(CaseNumber::toString).orElse("(not a case number)"), address);
			return Outcome.refused("token", NO_MATCH);
		}
		this.throttle.succeeded(account, address);
		return Outcome.accepted(parsed.orElseThrow());
	}

	private static String minutes(Duration wait) {
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

	/**
	 * A try at opening a case.
	 *
	 * @param number the case number as typed
	 * @param token the token as typed
	 * @param address the client's address
	 */
	public record Opening(String number, String token, String address) {

	}

}
