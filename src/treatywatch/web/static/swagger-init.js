// Swagger UI on /api/docs, over the OpenAPI document named by the page (no inline script: the CSP holds).
window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({url: root.dataset.spec, dom_id: "#swagger-ui", deepLinking: true});
});
