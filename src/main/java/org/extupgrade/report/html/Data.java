package org.extupgrade.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page's script needs to re-apply the filters, as JSON: per finding its severity, kind,
 * majors, edge, node, cells and whether it is a failure; per cell its edges and majors. Indices
 * match the ids of the page's elements ({@code f<i>}, {@code e<i>}, {@code n<i>}, {@code c<i>}). No
 * free text, so nothing in it can close the script element.
 */
final class Data {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Data() {}

  static String json(Facts facts) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("majors", facts.majors().size());
    root.put("edges", facts.updates().size());
    List<Integer> installs = new ArrayList<>();
    for (int i = 0; i < facts.installs().size(); i++)
      if (facts.installs().get(i) != null) installs.add(i);
    root.put("installs", installs);
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Facts.Cell c : facts.cells()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("e", c.edges());
      m.put("m", c.majors());
      cells.add(m);
    }
    root.put("cells", cells);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Facts.Item i : facts.items()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("s", i.finding().severity().label());
      m.put("k", i.finding().kind().id());
      m.put("m", i.majors());
      m.put("e", i.edge());
      m.put("n", i.node());
      m.put("c", i.cells());
      m.put("x", i.failing());
      items.add(m);
    }
    root.put("findings", items);
    try {
      return JSON.writeValueAsString(root).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
