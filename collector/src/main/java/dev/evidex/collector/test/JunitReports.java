package dev.evidex.collector.test;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * JUnit XML ({@code <testsuites>} or {@code <testsuite>}, as Surefire, Gradle, pytest and Jest
 * write it). Counts come from the test cases, not the suites' attributes, which tools fill in
 * inconsistently. DTDs and external entities are refused: a report is data, not a program.
 */
public final class JunitReports {
    private static final int MAX_LISTED_FAILURES = 100;

    private JunitReports() {}

    public static TestSuiteSummary parse(InputFile file) throws InputException {
        Document document = parseXml(file);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("testsuites") && !root.getTagName().equals("testsuite")) {
            throw new InputException(file.name() + ": not a JUnit XML report (root element <" + root.getTagName()
                    + ">, expected <testsuites> or <testsuite>)");
        }
        NodeList suites = root.getElementsByTagName("testsuite");
        int suiteCount = root.getTagName().equals("testsuite") ? 1 + suites.getLength() : suites.getLength();
        NodeList cases = root.getElementsByTagName("testcase");
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        List<TestSuiteSummary.FailedTest> failed = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            Element failure = child(testCase, "failure");
            Element error = child(testCase, "error");
            if (failure != null || error != null) {
                if (failure != null) {
                    failures++;
                } else {
                    errors++;
                }
                if (failed.size() < MAX_LISTED_FAILURES) {
                    Element problem = failure != null ? failure : error;
                    failed.add(new TestSuiteSummary.FailedTest(testCase.getAttribute("classname"),
                            testCase.getAttribute("name"), firstLine(problem.getAttribute("message"))));
                }
            } else if (child(testCase, "skipped") != null) {
                skipped++;
            }
        }
        return new TestSuiteSummary(cases.getLength(), failures, errors, skipped, suiteCount, failed);
    }

    private static Document parseXml(InputFile file) throws InputException {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(file.bytes()));
        } catch (SAXParseException e) {
            throw new InputException(file.name() + ": malformed or unsafe XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new InputException(file.name() + ": unreadable XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured securely", e);
        }
    }

    static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
