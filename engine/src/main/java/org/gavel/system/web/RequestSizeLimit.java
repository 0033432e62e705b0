package org.gavel.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON API request whose declared body is larger than
 * {@code gavel.api.max-request-size} (64 KB by default) with 413 and
 * {@code application/problem+json}, before anything reads it. Form posts are bounded by
 * the servlet container's own {@code max-http-form-post-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(ApiSettings settings) {
		this.maxBytes = settings.maxRequestSize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			String problem = "{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
					+ "\"detail\":\"The request body has " + length + " bytes; at most " + this.maxBytes
					+ " are accepted.\",\"instance\":\"" + request.getRequestURI().replaceAll("[^A-Za-z0-9/_.-]", "")
					+ "\"}";
			response.getOutputStream().write(problem.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}

}
