package vn.reform.aggregation.api;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

import vn.reform.aggregation.api.export.RoundExporter;
import vn.reform.aggregation.api.security.SecurityConfig;
import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.config.InternalTokenProperties;
import vn.reform.aggregation.support.TestTokens;

/** What a rollup read answers when the store fails under it: away is a 503 to retry, anything else a 500. */
@WebMvcTest(RollupController.class)
@Import({SecurityConfig.class, ProblemFactory.class, ApiExceptionHandler.class})
@EnableConfigurationProperties({InternalTokenProperties.class, AggregationProperties.class})
class StoreFailureProblemWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RollupReader reader;

    @MockitoBean
    RoundExporter exporter;

    @Test
    void aStoreThatDoesNotAnswerIsA503ToRetryInVietnameseFirst() throws Exception {
        when(reader.provinceBody("Q1-2026")).thenThrow(new MongoTimeoutException("no server within 10000 ms"));

        mvc.perform(get("/api/rollups/Q1-2026").header(SecurityConfig.TOKEN_HEADER, TestTokens.homeAffairs()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2")) // application.yml's default
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Tạm thời không phục vụ được"))
                .andExpect(jsonPath("$.detail").value(
                        "Hệ thống lưu trữ tạm thời không sẵn sàng, vui lòng thử lại sau ít giây."));
    }

    @Test
    void aPausedPoolARefusedConnectionOrATranslatedTimeoutIsTheStoreAwayToo() throws Exception {
        ServerAddress store = new ServerAddress("127.0.0.1", 27017);
        when(reader.agency("Q1-2026", "SNGV"))
                .thenThrow(new MongoConnectionPoolClearedException(new ServerId(new ClusterId(), store),
                        new MongoSocketReadException("Prematurely reached end of stream", store)))
                .thenThrow(new MongoSocketOpenException("connection refused", store))
                .thenThrow(new QueryTimeoutException("as Spring Data translates a timed-out query"));

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/rollups/Q1-2026/agencies/SNGV")
                            .header(SecurityConfig.TOKEN_HEADER, TestTokens.homeAffairs())
                            .header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.title").value("Service unavailable"));
        }
    }

    @Test
    void aCommandTheStoreRejectsIsA500WithoutRetryAfter() throws Exception {
        BsonDocument reply = new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(2))
                .append("errmsg", new BsonString("bad projection"));
        when(reader.provinceBody("Q1-2026"))
                .thenThrow(new MongoCommandException(reply, new ServerAddress("127.0.0.1", 27017)));

        mvc.perform(get("/api/rollups/Q1-2026").header(SecurityConfig.TOKEN_HEADER, TestTokens.homeAffairs()))
                .andExpect(status().isInternalServerError())
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Lỗi máy chủ"));
    }
}
