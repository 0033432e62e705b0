package org.gavel.system.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine REST API answers a refusal of Gavel's rules (a task completed by someone
 * else, a form field missing, a co-sponsor not invited), however deep the engine and its
 * REST layer wrapped it, with 400 and Camunda's error document, whose {@code message}
 * Tasklist shows; every other error is answered as Camunda answers it.
 */
final class EngineRestRefusals {

	private EngineRestRefusals() {
	}

	static Response answer(Throwable thrown) {
		InputRefusedException refused = InputRefusedException.in(thrown).orElse(null);
		if (refused == null) {
			return ExceptionHandlerHelper.getInstance().getResponse(thrown);
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("type", "InputRefusedException");
		error.put("message", refused.getMessage());
		if (refused.field() != null) {
			error.put("field", refused.field());
		}
		return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
	}

	/** What the engine throws. */
	@Priority(Priorities.USER - 100)
	static class FromTheEngine implements ExceptionMapper<ProcessEngineException> {

		@Override
		public Response toResponse(ProcessEngineException thrown) {
			return answer(thrown);
		}

	}

	/** What the REST layer throws, wrapping the engine's. */
	@Priority(Priorities.USER - 100)
	static class FromTheRestLayer implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException thrown) {
			return answer(thrown);
		}

	}

}
