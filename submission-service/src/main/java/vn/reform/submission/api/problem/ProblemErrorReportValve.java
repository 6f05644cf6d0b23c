package vn.reform.submission.api.problem;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Requests the servlet container refuses before any application code runs (an encoded slash or a NUL in the path, a
 * malformed request line) are answered as a problem detail instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + ProblemResponses.TYPE_PREFIX + "request.rejected\",\"title\":\"Bad Request\","
                        + "\"status\":" + status + ",\"detail\":\"Yêu cầu bị từ chối: đường dẫn hoặc tiêu đề không hợp lệ.\","
                        + "\"code\":\"request.rejected\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing more to tell it
        }
    }
}
