package org.extupgrade.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The vendored schemas (src/test/resources/schemas, see its README): SARIF 2.1.0 checked with a
 * JSON-schema validator, JUnit XML parsed by the JDK's XML parser and checked against Jenkins'
 * JUnit XSD.
 */
public final class Schemas {
  private static final Path DIR = Path.of("src/test/resources/schemas");
  private static JsonSchema sarif;
  private static Schema junit;

  private Schemas() {}

  /** The SARIF schema's complaints about {@code json}, none when it is valid. */
  public static synchronized List<String> sarifErrors(String json) throws IOException {
    if (sarif == null) {
      try (InputStream in = Files.newInputStream(DIR.resolve("sarif-schema-2.1.0.json"))) {
        sarif = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
      }
    }
    JsonNode node = new ObjectMapper().readTree(json);
    Set<ValidationMessage> errors = sarif.validate(node);
    return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** Parses JUnit XML with the JDK's parser, throwing when it breaks Jenkins' JUnit schema. */
  public static synchronized Document junit(String xml) throws Exception {
    if (junit == null) {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      junit = f.newSchema(new StreamSource(DIR.resolve("junit-10.xsd").toFile()));
    }
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    try {
      junit.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError("JUnit XML breaks junit-10.xsd: " + e.getMessage(), e);
    }
    return doc;
  }
}
