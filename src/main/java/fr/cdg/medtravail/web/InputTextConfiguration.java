package fr.cdg.medtravail.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link TextRules} applied to every input before it reaches a controller: JSON strings as they are read, query and
 * form parameters by a filter. Refused with 400 naming the field (CSV cells are checked by the import, with line and
 * column).
 */
@Configuration(proxyBeanMethods = false)
class InputTextConfiguration {

    /** Every JSON string, in any field or list, read through {@link TextRules}. */
    @Bean
    JacksonModule checkedStrings() {
        return new SimpleModule("checked-strings").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                var value = super.deserialize(parser, context);
                var refusal = TextRules.refusal(value);
                if (refusal != null) {
                    throw context.weirdStringException(value, String.class, refusal);
                }
                return value;
            }
        });
    }

    /** Query and form parameters; runs first, so that nothing else (log-in included) sees such a value. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> parameterTextFilter(JsonMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new ParameterTextFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class ParameterTextFilter extends OncePerRequestFilter {

        private final JsonMapper json;

        ParameterTextFilter(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var problem = problem(request);
            if (problem == null) {
                chain.doFilter(request, response);
                return;
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("type", "about:blank");
            body.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
            body.put("status", HttpStatus.BAD_REQUEST.value());
            body.put("detail", problem.field() + " " + problem.message());
            body.put("instance", request.getRequestURI());
            body.put("errors", List.of(problem));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(body));
        }

        /**
         * The first bad parameter. A multipart body is left to the multipart resolver (its size limit must answer
         * first); its query string is still checked.
         */
        private static FieldProblem problem(HttpServletRequest request) {
            var contentType = request.getContentType();
            Map<String, List<String>> parameters;
            if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
                parameters = request.getQueryString() == null ? Map.of()
                        : UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams();
                parameters = decoded(parameters);
            } else {
                parameters = new LinkedHashMap<>();
                for (var entry : request.getParameterMap().entrySet()) {
                    parameters.put(entry.getKey(), List.of(entry.getValue()));
                }
            }
            for (var entry : parameters.entrySet()) {
                var nameRefusal = TextRules.refusal(entry.getKey());
                if (nameRefusal != null) {
                    return FieldProblem.of("parameter name", nameRefusal);
                }
                for (var value : entry.getValue()) {
                    var refusal = TextRules.refusal(value);
                    if (refusal != null) {
                        return FieldProblem.of(entry.getKey(), refusal);
                    }
                }
            }
            return null;
        }

        private static Map<String, List<String>> decoded(Map<String, List<String>> raw) {
            var decoded = new LinkedHashMap<String, List<String>>();
            raw.forEach((name, values) -> decoded.put(decode(name),
                    values.stream().map(value -> value == null ? null : decode(value)).toList()));
            return decoded;
        }

        private static String decode(String text) {
            try {
                return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
    }
}
