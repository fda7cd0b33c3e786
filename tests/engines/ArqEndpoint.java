// A SPARQL 1.1 query endpoint over Apache Jena ARQ (Debian's libapache-jena-java), for the tests
// that compare the named library's rows across engines (tests/test_query_engines.py). Debian
// packages Jena's libraries but not Fuseki, so this is the least HTTP around ARQ that the SPARQL
// Protocol asks: GET ?query=, POST form or application/sparql-query; SPARQL JSON results for
// SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE; 400 with the parser's message for a bad query.
// Every query is evaluated by ARQ on one in-memory dataset read from an N-Quads file at start.
//
//   java -cp '/usr/share/java/*' ArqEndpoint.java PORT DATA.nq     (prints "ready PORT")
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

public class ArqEndpoint {
    public static void main(String[] args) throws IOException {
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, args[1], Lang.NQUADS);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.createContext("/query", exchange -> answer(exchange, dataset));
        server.start();
        System.out.println("ready " + server.getAddress().getPort());
        System.out.flush();
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null) return fields;
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                       URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    static void answer(HttpExchange exchange, Dataset dataset) throws IOException {
        String text;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (exchange.getRequestMethod().equals("POST") && type.startsWith("application/sparql-query")) {
            text = body;
        } else if (exchange.getRequestMethod().equals("POST")) {
            text = form(body).get("query");
        } else {
            text = form(exchange.getRequestURI().getRawQuery()).get("query");
        }
        if (text == null) {
            send(exchange, 400, "text/plain", "no query".getBytes(StandardCharsets.UTF_8));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String contentType;
        try {
            Query query = QueryFactory.create(text);
            try (QueryExecution run = QueryExecution.create().query(query).dataset(dataset).build()) {
                if (query.isSelectType()) {
                    ResultSetFormatter.outputAsJSON(out, run.execSelect());
                    contentType = "application/sparql-results+json";
                } else if (query.isAskType()) {
                    ResultSetFormatter.outputAsJSON(out, run.execAsk());
                    contentType = "application/sparql-results+json";
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, run.execConstruct(), Lang.TURTLE);
                    contentType = "text/turtle";
                } else {
                    RDFDataMgr.write(out, run.execDescribe(), Lang.TURTLE);
                    contentType = "text/turtle";
                }
            }
        } catch (RuntimeException exc) {
            send(exchange, 400, "text/plain", String.valueOf(exc.getMessage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, contentType + "; charset=utf-8", out.toByteArray());
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(body);
        }
    }
}
