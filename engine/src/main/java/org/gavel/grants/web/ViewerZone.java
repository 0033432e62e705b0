package org.gavel.grants.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reader's time zone, as their browser told it ({@code /assets/zone.js} keeps it in
 * the cookie {@code gavel_zone}): none when it did not or the name is not a zone, and
 * then pages show the call's zone alone and refusals add UTC.
 */
final class ViewerZone {

	static final String COOKIE = "gavel_zone";

	private static final ZoneId UTC = ZoneId.of("UTC");

	private ViewerZone() {
	}

	/**
	 * The reader's zone, to show dates in beside the call's.
	 * @param request the request
	 * @return the zone, or {@code null} when the browser did not say
	 */
	static ZoneId shown(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> COOKIE.equals(cookie.getName()))
			.map(Cookie::getValue)
			.map(ViewerZone::zone)
			.filter((zone) -> zone != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The reader's zone, for a refusal that names a deadline.
	 * @param request the request
	 * @return the zone, UTC when the browser did not say
	 */
	static ZoneId of(HttpServletRequest request) {
		ZoneId zone = shown(request);
		return (zone != null) ? zone : UTC;
	}

	private static ZoneId zone(String name) {
		try {
			return ZoneId.of(URLDecoder.decode(name, StandardCharsets.UTF_8));
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			return null;
		}
	}

}
