/* The theme's script on every page, three progressive enhancements.
   1. Glossary popovers: without this file the "?" button opens the
   definition (centred) and its close button or Esc shuts it; the term's link leads to the glossary.
   Here a definition also opens on mouse hover and on keyboard focus, and sits beside its term:
   in the margin on wide screens, else under (or over) the term's line, never over that line.
   2. A table's scrolling box (.table-scroll) is a Tab stop only while it has something to scroll:
   the build gives every box tabindex="0" (it cannot know widths), so that a keyboard can scroll a
   wide table; a box whose table fits loses its tabindex here (its role and name stay) and gets it
   back when a narrower window or larger text makes the table overflow. Without this file every box
   keeps its Tab stop.
   3. The phones' menu (details.nav-fold) closes on Escape, as a disclosure button's menu does, and the
   focus goes back to its summary ("Menu"), so a keyboard reader is where the menu was; a native
   details element ignores Escape. It does not close when the focus or a click goes elsewhere: the
   open menu is in the page's flow, not over it, so closing it then would move the content the
   reader just went to. Without this file the summary alone opens and closes it. */
(function () {
  'use strict';
  var GAP = 8;
  var place = function (pop, ref) {
    var lines = ref.getClientRects();
    var first = lines.length ? lines[0] : ref.getBoundingClientRect();
    var last = lines.length ? lines[lines.length - 1] : first;
    var vw = document.documentElement.clientWidth;
    var vh = window.innerHeight;
    var col = (ref.closest('.page') || document.body).getBoundingClientRect();
    pop.classList.add('placed');
    var margin = vw - col.right - 2 * GAP;
    if (margin >= 224) {
      pop.style.width = Math.min(320, margin) + 'px';
      pop.style.left = (col.right + GAP) + 'px';
      pop.style.top = Math.max(GAP, Math.min(first.top - GAP, vh - pop.offsetHeight - GAP)) + 'px';
      return;
    }
    var width = Math.min(448, vw - 2 * GAP);
    pop.style.width = width + 'px';
    pop.style.left = Math.max(GAP, Math.min(last.left, vw - width - GAP)) + 'px';
    var h = pop.offsetHeight;
    var below = last.bottom + GAP;
    pop.style.top = (below + h <= vh - GAP || first.top - GAP - h < GAP ? below : first.top - GAP - h) + 'px';
  };
  Array.prototype.forEach.call(document.querySelectorAll('.term-toggle'), function (toggle) {
    var pop = document.getElementById(toggle.getAttribute('popovertarget'));
    var ref = toggle.parentNode;
    if (!pop || typeof pop.showPopover !== 'function') return;
    var timer = 0;
    var passing = false; /* opened by hover or focus: a click on "?" then keeps it open */
    var open = function () {
      clearTimeout(timer);
      if (!pop.matches(':popover-open')) {
        pop.showPopover();
        // Placed now, not only in the toggle event (a later task), so it is never painted centred.
        place(pop, ref.querySelector('.ref-term') || ref);
        passing = true;
      }
    };
    var closeSoon = function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (passing && pop.matches(':popover-open') && !pop.contains(document.activeElement)) pop.hidePopover();
      }, 300);
    };
    toggle.addEventListener('click', function (e) {
      if (passing && pop.matches(':popover-open')) {
        e.preventDefault();
        passing = false;
      }
    });
    pop.addEventListener('toggle', function (e) {
      if (e.newState === 'open') place(pop, ref.querySelector('.ref-term') || ref);
      else passing = false;
    });
    [ref, pop].forEach(function (el) {
      el.addEventListener('pointerenter', function (e) { if (e.pointerType === 'mouse') open(); });
      el.addEventListener('pointerleave', function (e) { if (e.pointerType === 'mouse') closeSoon(); });
    });
    toggle.addEventListener('focus', function () { if (toggle.matches(':focus-visible')) open(); });
    [toggle, pop].forEach(function (el) {
      el.addEventListener('focusout', function (e) {
        if (!e.relatedTarget || (e.relatedTarget !== toggle && !pop.contains(e.relatedTarget))) closeSoon();
      });
    });
    window.addEventListener('scroll', function () {
      if (pop.matches(':popover-open')) place(pop, ref.querySelector('.ref-term') || ref);
    }, { passive: true });
  });
})();
(function () {
  'use strict';
  var boxes = document.querySelectorAll('.table-scroll[tabindex]');
  if (!boxes.length) return;
  var fit = function () {
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute('tabindex', '0');
      else if (box !== document.activeElement) box.removeAttribute('tabindex');
    });
  };
  fit();
  // A box's or its table's size changes with the window and with the reader's text size (which fires no
  // resize event): a ResizeObserver sees both; without one, the window's resize event.
  if (typeof ResizeObserver === 'function') {
    var observer = new ResizeObserver(fit);
    Array.prototype.forEach.call(boxes, function (box) {
      observer.observe(box);
      if (box.firstElementChild) observer.observe(box.firstElementChild);
    });
  } else {
    window.addEventListener('resize', fit);
  }
  // A box that had the focus when its table came to fit keeps its tabindex until the focus leaves it.
  Array.prototype.forEach.call(boxes, function (box) { box.addEventListener('blur', fit); });
})();
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('details.nav-fold'), function (menu) {
    var summary = menu.firstElementChild;
    if (!summary || summary.tagName !== 'SUMMARY') return;
    menu.addEventListener('keydown', function (e) {
      if (e.key !== 'Escape' || !menu.open || !summary.getClientRects().length || e.isComposing || e.defaultPrevented) return;
      e.preventDefault();
      menu.open = false;
      summary.focus();
    });
  });
})();
