/* The editor's location map: a marker over the latitude/longitude inputs. */
(function () {
  "use strict";

  function init(box) {
    if (box.dataset.ready || typeof L === "undefined") return;
    box.dataset.ready = "1";
    var form = box.closest("form");
    var lat = document.getElementById(box.dataset.ngomapLocation);
    var field = function (name) { return form.querySelector("[name='" + name + "']"); };
    var lng = field("longitude");
    var byHand = field("point_set_by_hand");
    var district = field("district");
    var status = box.querySelector(".ngomap-location__status");
    var center = box.dataset.center.split(",").map(Number);
    var map = L.map(box.querySelector(".ngomap-location__map")).setView(center, 12);
    L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(map);
    var marker = L.marker(center, { draggable: true, keyboard: true, title: "Punkt organizacji" });

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
      lng.value = point.lng.toFixed(6);
      if (byHand) byHand.checked = true;
      status.textContent = "Punkt ustawiony ręcznie.";
    });
    map.on("click", function (event) {
      marker.setLatLng(event.latlng).addTo(map);
      marker.fire("dragend");
    });
    [lat, lng].forEach(function (input) { if (input) input.addEventListener("change", show); });
    box.querySelector("[data-geocode-now]").addEventListener("click", function () {
      var body = new FormData();
      ["street", "building_number", "postcode", "city"].forEach(function (name) {
        var input = field(name);
        body.append(name, input ? input.value : "");
      });
      var csrf = field("csrfmiddlewaretoken");
      status.textContent = "Szukam adresu…";
      fetch(box.dataset.geocodeUrl, {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "X-CSRFToken": csrf ? csrf.value : "" }
      }).then(function (response) { return response.json(); }).then(function (data) {
        status.textContent = data.message;
        if (!data.ok) return;
        lat.value = data.latitude.toFixed(6);
        lng.value = data.longitude.toFixed(6);
        if (byHand) byHand.checked = false;
        if (district && data.district && !district.value) district.value = String(data.district);
        show();
      }).catch(function () { status.textContent = "Nie udało się połączyć z usługą."; });
    });
    show();
    setTimeout(function () { map.invalidateSize(); }, 200);
    // The map sits in a tab: Leaflet must measure it again once the tab is shown.
    document.addEventListener("click", function () { setTimeout(function () { map.invalidateSize(); }, 50); });
  }

  function initAll() { document.querySelectorAll("[data-ngomap-location]").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
})();
