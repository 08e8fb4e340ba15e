/* The editor's map of a place (home.places.PlaceMapWidget): a marker over the latitude and
   longitude inputs, and a button that looks the typed address up. Works for a model's own form
   and for each form of an inline panel (meetings on a project page), found by the input's
   prefix; inline forms added later are picked up as they appear. Texts come from data-
   attributes, translated in the widget's template. */
(function () {
  "use strict";

  function init(box) {
    if (box.dataset.ready || typeof L === "undefined") return;
    var lat = document.getElementById(box.dataset.placeMap);
    if (!lat) return;
    box.dataset.ready = "1";
    var form = box.closest("form") || document;
    // "meetings-0-latitude" → "meetings-0-": the other inputs of the same (inline) form.
    var prefix = lat.name.slice(0, lat.name.length - "latitude".length);
    var field = function (name) { return form.querySelector("[name='" + prefix + name + "']"); };
    var lng = field("longitude");
    var byHand = field("point_set_by_hand");
    var district = field("district");
    var addressFields = JSON.parse(box.dataset.addressFields || "{}");
    var status = box.querySelector(".place-map__status");
    var center = box.dataset.center.split(",").map(Number);
    var map = L.map(box.querySelector(".place-map__map")).setView(center, 12);
    L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(map);
    var marker = L.marker(center, { draggable: true, keyboard: true, title: box.dataset.markerTitle });

    function show() {
      var a = parseFloat(lat.value), b = parseFloat(lng && lng.value);
      if (isFinite(a) && isFinite(b)) {
        marker.setLatLng([a, b]).addTo(map);
        map.setView([a, b], Math.max(map.getZoom(), 16));
      }
    }
    marker.on("dragend", function () {
      var point = marker.getLatLng();
      lat.value = point.lat.toFixed(6);
      if (lng) lng.value = point.lng.toFixed(6);
      if (byHand) byHand.checked = true;
      status.textContent = box.dataset.messageByHand;
    });
    map.on("click", function (event) {
      marker.setLatLng(event.latlng).addTo(map);
      marker.fire("dragend");
    });
    [lat, lng].forEach(function (input) { if (input) input.addEventListener("change", show); });
    var button = box.querySelector("[data-geocode-now]");
    if (button) button.addEventListener("click", function () {
      var body = new FormData();
      Object.keys(addressFields).forEach(function (part) {
        var input = field(addressFields[part]);
        body.append(part, input ? input.value : "");
      });
      var csrf = form.querySelector("[name='csrfmiddlewaretoken']");
      status.textContent = box.dataset.messageSearching;
      fetch(box.dataset.geocodeUrl, {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "X-CSRFToken": csrf ? csrf.value : "" }
      }).then(function (response) { return response.json(); }).then(function (data) {
        status.textContent = data.message;
        if (!data.ok) return;
        lat.value = data.latitude.toFixed(6);
        if (lng) lng.value = data.longitude.toFixed(6);
        if (byHand) byHand.checked = false;
        if (district && data.district && !district.value) district.value = String(data.district);
        show();
      }).catch(function () { status.textContent = box.dataset.messageUnreachable; });
    });
    show();
    setTimeout(function () { map.invalidateSize(); }, 200);
    // The map may sit in a tab or a collapsed panel: Leaflet must measure it again once shown.
    document.addEventListener("click", function () { setTimeout(function () { map.invalidateSize(); }, 50); });
  }

  function initAll() { document.querySelectorAll("[data-place-map]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
  // An inline panel's "add" inserts a new form with its own map.
  new MutationObserver(initAll).observe(document.documentElement, { childList: true, subtree: true });
})();
