// The NGO map: Leaflet + markercluster over the server-rendered list. The page works without it.
(function () {
    "use strict";

    function escapeHtml(text) {
        var div = document.createElement("div");
        div.textContent = text == null ? "" : String(text);
        return div.innerHTML;
    }

    // Counts in Polish plural forms ("1 organizacja", "4 organizacje", "5 organizacji") from
    // Django's JavaScript catalogue (/jsi18n/, the djangojs domain of locale/pl).
    function clusterLabel(count) {
        return interpolate(ngettext(
            "%s organization here; press Enter to zoom in",
            "%s organizations here; press Enter to zoom in", count), [count]);
    }

    function placeLabel(count) {
        return interpolate(ngettext(
            "%s organization at this address",
            "%s organizations at this address", count), [count]);
    }

    function tileLayer(box) {
        return L.tileLayer(box.dataset.tiles, {
            attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>',
            maxZoom: 19
        });
    }

    function initMap(box) {
        var form = document.querySelector("[data-ngomap-filters]");
        var announce = document.querySelector("[data-ngomap-announce]");
        var center = box.dataset.center.split(",").map(Number);
        box.hidden = false;
        var map = L.map(box, { keyboard: true, minZoom: 5 }).setView(center, 12);
        map.getContainer().setAttribute("aria-label", box.dataset.labelMap);
        map.getContainer().setAttribute("role", "region");
        tileLayer(box).addTo(map);
        var focus = null;
        if (box.dataset.focusLat) {
            focus = L.latLng(parseFloat(box.dataset.focusLat), parseFloat(box.dataset.focusLng));
            var label = box.dataset.focusLabel || "";
            var focusMarker = L.marker(focus, {
                title: label, alt: label, keyboard: true, zIndexOffset: 1000,
                icon: L.divIcon({ className: "ngomap-focus-marker", html: '<span class="visually-hidden">' + escapeHtml(label) + "</span>", iconSize: [26, 26] })
            }).addTo(map);
            if (label) {
                focusMarker.bindTooltip(escapeHtml(label), { permanent: true, direction: "top", offset: [0, -14] });
                focusMarker.bindPopup("<strong>" + escapeHtml(label) + "</strong>");
            }
            map.setView(focus, parseInt(box.dataset.focusZoom || "16", 10));
        }

        var cluster = L.markerClusterGroup({
            showCoverageOnHover: false,
            spiderfyOnMaxZoom: true,
            chunkedLoading: true,
            iconCreateFunction: function (group) {
                var count = group.getChildCount();
                var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
                return L.divIcon({
                    html: '<div><span aria-hidden="true">' + count + '</span><span class="visually-hidden">' +
                        escapeHtml(clusterLabel(count)) + "</span></div>",
                    className: "marker-cluster marker-cluster-" + size,
                    iconSize: L.point(40, 40)
                });
            }
        });
        map.addLayer(cluster);
        var serverClusters = L.layerGroup().addTo(map);
        // False: the whole (filtered) map is loaded once and clustered here. True: there were too
        // many points, so every move asks the server for the view (points or grid clusters).
        var viewMode = false;
        var query = box.dataset.query || "";
        var controller = null;

        // The areas' names by their keys (points of the act): a marker carries only the keys.
        var areaNames = {};
        var areaData = document.getElementById("ngomap-area-names");
        if (areaData) areaNames = JSON.parse(areaData.textContent);

        // A popup names the organization (a link to its page), its address when it shows one
        // and its areas of activity.
        function organizationHtml(feature) {
            var p = feature.properties;
            var html = '<p class="ngomap-popup__name"><a href="' + box.dataset.detailUrl +
                encodeURIComponent(p.s) + '/">' + escapeHtml(p.n) + "</a></p>";
            if (p.a) html += '<p class="ngomap-popup__address">' + escapeHtml(p.a) + "</p>";
            var areas = (p.r ? p.r.split(",") : [])
                .map(function (key) { return areaNames[key]; })
                .filter(Boolean);
            if (areas.length) {
                html += '<p class="ngomap-popup__areas"><span class="ngomap-popup__label">' +
                    escapeHtml(box.dataset.labelAreas) + ":</span> " + escapeHtml(areas.join(", ")) + "</p>";
            }
            return html;
        }

        function popupHtml(features) {
            if (features.length === 1) {
                return '<div class="ngomap-popup">' + organizationHtml(features[0]) + "</div>";
            }
            var html = "<p><strong>" + escapeHtml(placeLabel(features.length)) + "</strong></p>";
            html += '<ul class="ngomap-popup ngomap-popup--list">';
            features.forEach(function (feature) {
                html += "<li>" + organizationHtml(feature) + "</li>";
            });
            return html + "</ul>";
        }

        function showPoints(features) {
            // Several organizations at one address become one marker that lists them all.
            var places = {};
            var order = [];
            features.forEach(function (feature) {
                var key = feature.geometry.coordinates.join(",");
                if (!places[key]) { places[key] = []; order.push(key); }
                places[key].push(feature);
            });
            var markers = order.map(function (key) {
                var group = places[key];
                var c = group[0].geometry.coordinates;
                var title = group.length > 1
                    ? placeLabel(group.length) + ": " + group.map(function (f) { return f.properties.n; }).join(", ")
                    : group[0].properties.n;
                var marker = L.marker([c[1], c[0]], { title: title, alt: title, keyboard: true });
                marker.bindPopup(popupHtml(group));
                marker.organizationIds = group.map(function (f) { return f.id; });
                return marker;
            });
            cluster.addLayers(markers);
            return markers;
        }

        function showServerClusters(features) {
            features.forEach(function (feature) {
                var c = feature.geometry.coordinates;
                var count = feature.properties.c;
                if (count === undefined) {
                    var single = L.marker([c[1], c[0]], { title: feature.properties.n, alt: feature.properties.n, keyboard: true });
                    single.bindPopup(popupHtml([feature]));
                    serverClusters.addLayer(single);
                    return;
                }
                var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
                var marker = L.marker([c[1], c[0]], {
                    keyboard: true,
                    icon: L.divIcon({
                        html: '<div><span aria-hidden="true">' + count + '</span><span class="visually-hidden">' +
                            escapeHtml(clusterLabel(count)) + "</span></div>",
                        className: "marker-cluster marker-cluster-" + size, iconSize: L.point(40, 40)
                    })
                });
                marker.on("click", function () { map.setView(marker.getLatLng(), Math.min(map.getZoom() + 2, 19)); });
                serverClusters.addLayer(marker);
            });
        }

        function load(fit) {
            var params = new URLSearchParams(query);
            if (viewMode) {
                var b = map.getBounds();
                params.set("bbox", [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (n) { return n.toFixed(4); }).join(","));
                params.set("zoom", map.getZoom());
            }
            if (controller) controller.abort();
            controller = new AbortController();
            box.setAttribute("aria-busy", "true");
            var search = params.toString();
            return fetch(box.dataset.geojsonUrl + (search ? "?" + search : ""), { signal: controller.signal })
                .then(function (response) { return response.json(); })
                .then(function (data) {
                    box.removeAttribute("aria-busy");
                    cluster.clearLayers();
                    serverClusters.clearLayers();
                    if (data.clustered && !viewMode) {
                        // Too many points for the whole map: ask for this view only.
                        viewMode = true;
                        return load(false);
                    }
                    if (data.clustered) {
                        showServerClusters(data.features);
                    } else {
                        var markers = showPoints(data.features);
                        if (fit && !viewMode && !focus && markers.length) {
                            map.fitBounds(cluster.getBounds(), { padding: [20, 20], maxZoom: 16, animate: false });
                        }
                    }
                    box.dataset.loaded = String(data.features.length);
                })
                .catch(function () { box.removeAttribute("aria-busy"); });
        }

        map.on("moveend", function () { if (viewMode) load(false); });

        // Clusters are buttons: Enter or Space zooms in (or spreads the markers at full zoom).
        map.getContainer().addEventListener("keydown", function (event) {
            if (event.key !== "Enter" && event.key !== " ") return;
            var icon = event.target.closest && event.target.closest(".marker-cluster");
            if (!icon) return;
            event.preventDefault();
            var found = null;
            cluster._featureGroup.eachLayer(function (layer) { if (layer._icon === icon) found = layer; });
            if (found) {
                if (map.getZoom() >= map.getMaxZoom() || found._bounds.getNorthEast().equals(found._bounds.getSouthWest())) {
                    found.spiderfy();
                } else {
                    found.zoomToBounds({ padding: [20, 20] });
                }
                map.once("moveend", function () {
                    // markercluster adds the markers after its own animation.
                    setTimeout(function () {
                        var first = map.getContainer().querySelector(".leaflet-marker-icon[tabindex='0']");
                        if (first) first.focus();
                    }, 400);
                });
            } else {
                serverClusters.eachLayer(function (layer) { if (layer._icon === icon) layer.fire("click"); });
            }
        });

        // Each card of the list gets a button that shows its organization on the map.
        function addShowButtons() {
            document.querySelectorAll("[data-ngomap-list] .ngomap-card[data-lat]").forEach(function (card) {
                if (card.querySelector("[data-show-on-map]")) return;
                var button = document.createElement("button");
                button.type = "button";
                button.className = "button--link";
                button.setAttribute("data-show-on-map", "");
                button.textContent = box.dataset.labelShow;
                button.setAttribute("aria-label", box.dataset.labelShow + ": " + card.querySelector("h3").textContent.trim());
                button.addEventListener("click", function () {
                    var id = parseInt(card.dataset.organization, 10);
                    var target = null;
                    cluster.eachLayer(function (layer) {
                        if (layer.organizationIds && layer.organizationIds.indexOf(id) !== -1) target = layer;
                    });
                    var switchToMap = document.querySelector("[data-view-switch] [data-view='map']");
                    if (switchToMap && !switchToMap.closest("[hidden]")) switchToMap.click();
                    box.scrollIntoView({ behavior: "smooth", block: "center" });
                    if (target) {
                        cluster.zoomToShowLayer(target, function () {
                            target.openPopup();
                            if (target._icon) target._icon.focus();
                        });
                    } else {
                        map.setView([parseFloat(card.dataset.lat), parseFloat(card.dataset.lng)], 17);
                    }
                });
                card.appendChild(button);
            });
        }
        addShowButtons();

        // The list and the map follow the same filters: submit fetches the new list and points.
        function applyFilters(url, push) {
            return fetch(url, { headers: { "X-Requested-With": "fetch" } })
                .then(function (response) { return response.text(); })
                .then(function (html) {
                    var doc = new DOMParser().parseFromString(html, "text/html");
                    var fresh = doc.querySelector("[data-ngomap-list]");
                    var freshBox = doc.getElementById("ngomap-map");
                    if (!fresh || !freshBox) { window.location.href = url; return; }
                    document.querySelector("[data-ngomap-list]").innerHTML = fresh.innerHTML;
                    addShowButtons();
                    query = freshBox.dataset.query || "";
                    box.dataset.query = query;
                    if (push) history.pushState({ ngomap: true }, "", url);
                    var count = document.querySelector("[data-ngomap-count]");
                    if (announce && count) announce.textContent = count.textContent.replace(/\s+/g, " ").trim();
                    viewMode = false;
                    return load(true);
                });
        }

        if (form) {
            form.addEventListener("submit", function (event) {
                event.preventDefault();
                var params = new URLSearchParams();
                new FormData(form).forEach(function (value, name) { if (value !== "") params.append(name, value); });
                var url = form.getAttribute("action").split("#")[0] + (params.toString() ? "?" + params.toString() : "");
                applyFilters(url, true);
            });
            var nearMe = form.querySelector("[data-near-me]");
            if (nearMe && navigator.geolocation) {
                nearMe.hidden = false;
                nearMe.addEventListener("click", function () {
                    navigator.geolocation.getCurrentPosition(function (position) {
                        form.elements.near_lat.value = position.coords.latitude.toFixed(5);
                        form.elements.near_lng.value = position.coords.longitude.toFixed(5);
                        form.elements.near.value = "";
                        if (announce) announce.textContent = box.dataset.labelLocated;
                        form.requestSubmit();
                    }, function () {
                        if (announce) announce.textContent = box.dataset.labelNoLocation;
                    });
                });
            }
            form.elements.near.addEventListener("input", function () {
                form.elements.near_lat.value = "";
                form.elements.near_lng.value = "";
            });
        }
        window.addEventListener("popstate", function () { applyFilters(window.location.href, false); });

        load(true);
        window.ngomap = { map: map, cluster: cluster };
    }

    function initSmallMap(box) {
        var point = [parseFloat(box.dataset.lat), parseFloat(box.dataset.lng)];
        box.hidden = false;
        var exact = box.dataset.exact === "1";
        var map = L.map(box, { scrollWheelZoom: false }).setView(point, exact ? 16 : 14);
        map.getContainer().setAttribute("aria-label", box.dataset.label);
        map.getContainer().setAttribute("role", "region");
        tileLayer(box).addTo(map);
        if (exact) {
            L.marker(point, { title: box.dataset.label, alt: box.dataset.label }).addTo(map);
        } else {
            L.circle(point, { radius: 600 }).addTo(map);
        }
    }

    // On a phone: the filters collapse behind a button (open again after each search, the
    // results in view), and a switch shows the map or the list.
    function phoneLayout() {
        var narrow = window.matchMedia("(max-width: 59.99rem)");
        var form = document.querySelector("[data-ngomap-filters]");
        var toggle = document.querySelector("[data-filters-toggle]");
        var results = document.querySelector("[data-ngomap-results]");
        var viewSwitch = document.querySelector("[data-view-switch]");
        if (!form || !toggle || !results || !viewSwitch) return;
        function setFilters(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            form.setAttribute("data-collapsed", open ? "false" : "true");
        }
        function setView(view) {
            results.setAttribute("data-view", view);
            viewSwitch.querySelectorAll("[data-view]").forEach(function (button) {
                button.setAttribute("aria-pressed", button.dataset.view === view ? "true" : "false");
            });
            if (view === "map" && window.ngomap && window.ngomap.map) window.ngomap.map.invalidateSize();
        }
        function apply() {
            toggle.hidden = !narrow.matches;
            viewSwitch.hidden = !narrow.matches;
            setFilters(!narrow.matches);
        }
        toggle.addEventListener("click", function () {
            setFilters(toggle.getAttribute("aria-expanded") !== "true");
        });
        viewSwitch.addEventListener("click", function (event) {
            var button = event.target.closest("[data-view]");
            if (button) setView(button.dataset.view);
        });
        form.addEventListener("submit", function () {
            if (!narrow.matches) return;
            setFilters(false);
            results.scrollIntoView();
        });
        narrow.addEventListener("change", apply);
        apply();
    }

    function start() {
        phoneLayout();
        if (typeof L === "undefined") return;
        var box = document.getElementById("ngomap-map");
        if (box) initMap(box);
        var small = document.getElementById("ngomap-small-map");
        if (small) initSmallMap(small);
    }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
})();
